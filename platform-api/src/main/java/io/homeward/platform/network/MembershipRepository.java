package io.homeward.platform.network;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The write side: shippers' memberships, found by their business key. */
interface MembershipRepository extends JpaRepository<MembershipEntity, UUID> {

	Optional<MembershipEntity> findByShipperIdAndProgramId(UUID shipperId, UUID programId);

}
