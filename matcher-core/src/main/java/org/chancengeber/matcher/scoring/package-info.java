/**
 * Exact scoring: factors, weights, the exhaustive oracle and the explanation tree.
 *
 * <p>{@link org.chancengeber.matcher.scoring.MatchScorer} resolves a person or an offer once
 * ({@code prepare}), then scores pairs. Every factor ({@link
 * org.chancengeber.matcher.scoring.FactorKind}) is a value in [0, 1]; the score is their weighted
 * sum with weights from a {@link org.chancengeber.matcher.scoring.ScoringProfile} (normalised to
 * sum 1, loadable from JSON, documented defaults):
 *
 * <ul>
 *   <li><b>skills</b>: {@code min(1, Σ share × value)} over the skills the offer asks for. A
 *       skill's share is essential 2 or optional 1 × its specificity {@code ln(1 + N / n)} ({@code
 *       n} of the taxonomy's {@code N} occupations list it; transversal skills and skill groups
 *       count as general as the most widely listed skill, unknown ones as average), normalised; it
 *       depends on the offer and the taxonomy only, never on the other offers. The ten weightiest
 *       further skills of the offer's occupation (its ESCO profile) join with 0.3 of the factor;
 *       they count for the score, not for the pathway. The value is the best of the person's
 *       claims: evidence weight (self-reported 0.4 … recognised 1) × 1 for the same concept, or ×
 *       the taxonomy's similarity × 0.5 for a neighbour (broader/narrower, related, same group). A
 *       positive practical trial in an occupation raises self-reported claims for that occupation's
 *       skills to "practical trial" (the seeds' "Vorkochen").
 *   <li><b>experience</b>: years in the offer's occupation or a close one (same ISCO group,
 *       broader/narrower), qualifications by recognition, passed trials, EQ and TQ modules,
 *       combined as 1 − ∏(1 − similarity × strength).
 *   <li><b>language</b>: per required language, 1 − 0.25 per CEFR step short (optional ones count
 *       half); the time a course takes shows in <b>timing</b>.
 *   <li><b>distance</b>: p / (p + km) with p half the person's travel distance; beyond it the offer
 *       is left out.
 *   <li><b>timing</b>: months until the pathway is done, and months the person is ready after the
 *       offer starts.
 *   <li><b>support</b>: mentoring, language support and experience with refugees, weighted by the
 *       person's need: language steps short, and the gap in the offer's essential skills (1 −
 *       value, weighted by share, as in the skills factor).
 *   <li><b>preferences</b>: preferred offer types and occupations.
 * </ul>
 *
 * <p>The rules ({@code RuleSet.evaluate}) and the pathway ({@code PathwayPlanner.plan}, given the
 * {@code SkillNeeds} this package computes) decide eligibility, readiness and the steps; offers
 * they exclude are left out with reasons. No factor can see protected attributes: the scorer takes
 * a {@code Candidate}, which has no path to {@code AuditAttributes}.
 *
 * <p>Every match carries an immutable {@code Explanation} tree whose messages render in English and
 * German ({@code scoring.*} keys in this package's {@code messages*.properties}).
 */
package org.chancengeber.matcher.scoring;
