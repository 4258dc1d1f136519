package org.agora.schema;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** EclipseLink's hook for {@link SqlStatements}, registered in persistence.xml. */
public class SqlStatementListener extends SessionEventAdapter {

    @Override
    public void preExecuteCall(SessionEvent event) {
        SqlStatements.sent();
    }
}
