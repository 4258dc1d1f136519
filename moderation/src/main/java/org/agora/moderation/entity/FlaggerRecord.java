package org.agora.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How often moderators agreed with a participant's past flags: the basis of their flag weight. */
@Entity
@Table(name = "moderation_flagger")
public class FlaggerRecord {

    @Id
    @Column(name = "participant_id")
    private long participantId;

    @Column(nullable = false)
    private int agreed;

    @Column(nullable = false)
    private int disagreed;

    protected FlaggerRecord() {
        // for JPA
    }

    public FlaggerRecord(long participantId) {
        this.participantId = participantId;
    }

    public void agreedWith() {
        agreed++;
    }

    public void disagreedWith() {
        disagreed++;
    }

    /** Undoing a decision takes back what it taught us about the flagger. */
    public void forget(boolean wasAgreed) {
        if (wasAgreed) {
            agreed = Math.max(0, agreed - 1);
        } else {
            disagreed = Math.max(0, disagreed - 1);
        }
    }

    public int agreed() {
        return agreed;
    }

    public int disagreed() {
        return disagreed;
    }
}
