package org.agora.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.CaseState;
import org.agora.moderation.control.ReasonCode;

/** A moderator's decision on a case, with its reason code and statement of reasons. Never changed afterwards. */
@Entity
@Table(name = "moderation_decision")
@NamedQuery(name = Decision.OF_CASE,
        query = "SELECT d FROM Decision d WHERE d.caseId = :case ORDER BY d.createdAt, d.id")
@NamedQuery(name = Decision.OF_CASES,
        query = "SELECT d FROM Decision d WHERE d.caseId IN :cases ORDER BY d.createdAt, d.id")
public class Decision {

    public static final String OF_CASE = "Decision.ofCase";
    public static final String OF_CASES = "Decision.ofCases";

    @Id
    @SequenceGenerator(name = "moderation_seq", sequenceName = "moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 16)
    private ReasonCode reasonCode;

    @Column(nullable = false, length = 4000)
    private String statement;

    @Column(name = "moderator_id", nullable = false)
    private long moderatorId;

    @Column(name = "moderator_name", nullable = false, length = 100)
    private String moderatorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before", nullable = false, length = 16)
    private CaseState stateBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false, length = 16)
    private CaseState stateAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Decision() {
        // for JPA
    }

    public Decision(long caseId, CaseAction action, ReasonCode reasonCode, String statement, long moderatorId,
            String moderatorName, CaseState stateBefore, CaseState stateAfter, Instant now) {
        this.caseId = caseId;
        this.action = action;
        this.reasonCode = reasonCode;
        this.statement = statement;
        this.moderatorId = moderatorId;
        this.moderatorName = moderatorName;
        this.stateBefore = stateBefore;
        this.stateAfter = stateAfter;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public CaseAction action() {
        return action;
    }

    public java.util.Optional<ReasonCode> reasonCode() {
        return java.util.Optional.ofNullable(reasonCode);
    }

    public String statement() {
        return statement;
    }

    public long moderatorId() {
        return moderatorId;
    }

    public String moderatorName() {
        return moderatorName;
    }

    public CaseState stateBefore() {
        return stateBefore;
    }

    public CaseState stateAfter() {
        return stateAfter;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
