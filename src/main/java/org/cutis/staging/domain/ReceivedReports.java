package org.cutis.staging.domain;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceivedReports extends JpaRepository<ReceivedReport, UUID> {
}
