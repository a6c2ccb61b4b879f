package com.conductledger.ingest.store;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.conductledger.ingest.InputKind;

public interface SourceFileRepository extends JpaRepository<SourceFile, Long> {

	Optional<SourceFile> findByKindAndSha256(InputKind kind, String sha256);

}
