package io.homeward.platform.consolidation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoadRepository extends JpaRepository<LoadEntity, UUID> {

	boolean existsByReference(String reference);

}
