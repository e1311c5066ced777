package io.homeward.platform.returns;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The return aggregate's repository: saving the root saves its items and parcels.
 */
interface ReturnOrderRepository extends JpaRepository<ReturnOrderEntity, UUID> {

	boolean existsByShipperIdAndRmaNumber(UUID shipperId, String rmaNumber);

	/**
	 * Locks the row so concurrent transitions of one return queue up instead of racing.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ReturnOrderEntity r where r.id = :id")
	Optional<ReturnOrderEntity> findForUpdate(UUID id);

}
