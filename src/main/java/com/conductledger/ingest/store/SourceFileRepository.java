package com.conductledger.ingest.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.conductledger.ingest.InputKind;

public interface SourceFileRepository extends JpaRepository<SourceFile, Long> {

	Optional<SourceFile> findByKindAndSha256(InputKind kind, String sha256);

	/** The latest files received of these kinds, newest first (the web's list of past uploads). */
	List<SourceFile> findTop50ByKindInOrderByReceivedAtDescIdDesc(Collection<InputKind> kinds);

}
