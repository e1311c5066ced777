package io.homeward.platform.shared;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * Base of entities whose ids the application assigns. Spring Data takes an entity with an
 * id for an existing row and merges it, which costs a select before every insert (and
 * fails for a new parent with cascaded children); these entities are new until loaded or
 * persisted, so a save persists them.
 */
@MappedSuperclass
public abstract class AssignedId implements Persistable<UUID> {

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
