/**
 * Ideas: co-development and crowdsourcing rounds. Participants propose ideas (optionally about a paragraph) and
 * amendments (replacement text for one paragraph of the round's draft, shown as a word diff) and support them, one
 * vote each, changeable while the round is open. The round's agency moves them new → under review → accepted /
 * rejected (reason required) → merged, or folds a duplicate into another idea (its supporters move, nobody counts
 * twice). Accepting an amendment stages it: {@code Ideas.staged} gives the policy's latest version with staged
 * amendments applied, for the officer to review and publish; publishing a version that contains an amendment's
 * text merges it. Idea threads are comments that name the idea (comments component). Ideas are reportable
 * ({@code IdeaModeration}): hidden or removed ideas are seen only by their author.
 */
package org.agora.ideas;
