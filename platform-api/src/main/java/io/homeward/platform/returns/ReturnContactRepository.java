package io.homeward.platform.returns;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnContactRepository extends JpaRepository<ReturnContactEntity, UUID> {

}
