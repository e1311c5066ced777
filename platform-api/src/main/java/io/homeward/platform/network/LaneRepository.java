package io.homeward.platform.network;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The write side: the lanes operators open and change. */
interface LaneRepository extends JpaRepository<LaneEntity, UUID> {

	boolean existsByOperatorIdAndCode(UUID operatorId, String code);

}
