package io.homeward.platform.tenancy;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads organizations under the caller's tenant: a shipper finds itself, operators and
 * carriers, never another shipper.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

	private final OrganizationRepository repository;

	Organizations(OrganizationRepository repository) {
		this.repository = repository;
	}

	public Optional<Organization> byId(UUID id) {
		return repository.findById(id).map(OrganizationEntity::toOrganization);
	}

	/**
	 * One query for any number of ids; ids the caller may not see are absent from the
	 * map.
	 */
	public Map<UUID, Organization> byIds(Collection<UUID> ids) {
		return repository.findAllById(ids)
			.stream()
			.map(OrganizationEntity::toOrganization)
			.collect(Collectors.toMap(Organization::uuid, Function.identity()));
	}

}
