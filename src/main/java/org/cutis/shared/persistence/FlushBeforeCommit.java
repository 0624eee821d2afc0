package org.cutis.shared.persistence;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a transaction's changes just before it commits, as the commit itself would, so that a
 * refusal found on the way ({@link ColumnLimits}: a value longer than its column) reaches the
 * caller as the {@link org.cutis.shared.InvalidInput} it is (a 400, a form error), not wrapped
 * in the commit's RollbackException (a 500).
 */
@Component
class FlushBeforeCommit implements TransactionExecutionListener {
	private final EntityManagerFactory entityManagerFactory;

	FlushBeforeCommit(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void beforeCommit(TransactionExecution transaction) {
		if (!transaction.isNewTransaction() || transaction.isReadOnly() || transaction.isRollbackOnly()) {
			return;
		}
		if (TransactionSynchronizationManager.getResource(entityManagerFactory) instanceof EntityManagerHolder holder
				&& holder.getEntityManager().isOpen()) {
			holder.getEntityManager().flush();
		}
	}
}
