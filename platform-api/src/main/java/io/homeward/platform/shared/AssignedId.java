package io.homeward.platform.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * Base of entities whose ids the application assigns, whether a single UUID or a
 * composite key ({@code @IdClass}). Spring Data takes an entity with an id for an
 * existing row and merges it, which costs a select before every insert (and fails for a
 * new parent with cascaded children); these entities are new until loaded or persisted,
 * so a save persists them.
 *
 * @param <ID> the type of the id, as the entity's repository declares it
 */
@MappedSuperclass
public abstract class AssignedId<ID> implements Persistable<ID> {

	@Transient
	private boolean isNew = true;

	@Override
	public boolean isNew() {
		return isNew;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		isNew = false;
	}

}
