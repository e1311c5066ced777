package io.homeward.platform.returns;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReturnOrderRepository
		extends JpaRepository<ReturnOrderEntity, UUID>, JpaSpecificationExecutor<ReturnOrderEntity> {

	boolean existsByShipperIdAndRmaNumber(UUID shipperId, String rmaNumber);

	/**
	 * Locks the row so concurrent transitions of one return queue up instead of racing.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ReturnOrderEntity r where r.id = :id")
	Optional<ReturnOrderEntity> findForUpdate(UUID id);

}

interface ReturnItemRepository extends JpaRepository<ReturnItemEntity, UUID> {

	/** Items with the reference of the parcel each is in, in one statement. */
	@Query("""
			select i, p.reference from ReturnItemEntity i left join ParcelEntity p on p.id = i.parcelId
			where i.returnId in :returnIds order by i.returnId, i.lineNumber""")
	List<Object[]> findWithParcelReferenceByReturnIds(Collection<UUID> returnIds);

}

interface ParcelRepository extends JpaRepository<ParcelEntity, UUID> {

	@Query("select p from ParcelEntity p where p.returnId in :returnIds order by p.returnId, p.reference")
	List<ParcelEntity> findByReturnIds(Collection<UUID> returnIds);

}

interface ReturnContactRepository extends JpaRepository<ReturnContactEntity, UUID> {

}
