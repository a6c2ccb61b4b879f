-- Each period's scorecards as its reports last showed them (FINAL: as closed), so that a later
-- period's reports can show the months before it (the meeting's trends) without scoring them again.
create table scorecard_snapshot (
    period             varchar(7)     not null,
    person_id          varchar(32)    not null,
    name               varchar(100)   not null,
    team               varchar(50),
    role               varchar(20)    not null,
    rank_no            int,
    tier               varchar(20)    not null,
    qa_average         decimal(7, 2),
    deduction_points   int            not null,
    final_score        decimal(9, 2),
    net_amount         decimal(12, 2) not null,
    points_attendance  int            not null,
    points_leave       int            not null,
    points_swaps       int            not null,
    points_breaks      int            not null,
    points_conduct     int            not null,
    primary key (period, person_id)
);
