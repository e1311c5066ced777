package io.homeward.platform.consolidation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandlingUnitRepository extends JpaRepository<HandlingUnitEntity, UUID> {

}
