package io.homeward.platform.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HubRepository extends JpaRepository<HubEntity, UUID> {

	List<HubEntity> findByIdGreaterThanOrderByIdAsc(UUID after, Limit limit);

	List<HubEntity> findAllByOrderByIdAsc(Limit limit);

}

interface LaneRepository extends JpaRepository<LaneEntity, UUID> {

	List<LaneEntity> findByIdGreaterThanOrderByIdAsc(UUID after, Limit limit);

	List<LaneEntity> findAllByOrderByIdAsc(Limit limit);

	List<LaneEntity> findByOriginHubIdAndDestinationHubIdOrderByCodeAsc(UUID originHubId, UUID destinationHubId);

	boolean existsByOperatorIdAndCode(UUID operatorId, String code);

}

interface ProgramRepository extends JpaRepository<ProgramEntity, UUID> {

	List<ProgramEntity> findByIdGreaterThanOrderByIdAsc(UUID after, Limit limit);

	List<ProgramEntity> findAllByOrderByIdAsc(Limit limit);

}

interface ProgramLaneRepository extends JpaRepository<ProgramLaneEntity, ProgramLaneEntity.Key> {

	List<ProgramLaneEntity> findByProgramIdIn(Collection<UUID> programIds);

	/** The countries a program collects from: those of its lanes' origin hubs. */
	@Query("""
			select distinct h.countryCode from ProgramLaneEntity pl, LaneEntity l, HubEntity h
			where pl.programId = :programId and l.id = pl.laneId and h.id = l.originHubId""")
	List<String> originCountries(UUID programId);

}

interface MembershipRepository extends JpaRepository<MembershipEntity, UUID> {

	Optional<MembershipEntity> findByShipperIdAndProgramId(UUID shipperId, UUID programId);

	List<MembershipEntity> findByShipperIdAndProgramIdIn(UUID shipperId, Collection<UUID> programIds);

}
