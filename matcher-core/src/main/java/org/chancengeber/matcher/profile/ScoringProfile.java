/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.chancengeber.matcher.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.rules.ConfigFile;
import org.chancengeber.matcher.rules.RuleFileException;

/**
 * The weights and constants of scoring, with documented defaults. Immutable; build one with {@link
 * #builder()} or load one from JSON with {@link #fromJson(String)}; fields left out keep their
 * defaults.
 *
 * <pre>{@code
 * {"weights": {"skills": 0.40, "experience": 0.45, "preferences": 0.15,
 *              "language": 0.35, "distance": 0.25, "timing": 0.20, "support": 0.10,
 *              "offer_type": 0.10},
 *  "logisticsShare": 0.30, "minFit": 0.10, "trainingFit": 0.12, "evidenceShare": 0.10,
 *  "inferredOccupations": 5, "inferredOccupationWeight": 0.8, "inferenceNoise": 0.1,
 *  "inferenceSharpness": 0.33, "inferencePrior": 0.5, "inferenceEssentialShare": 0.67,
 *  "inferredNeighbourWeight": 0.8,
 *  "evidence": {"SELF_REPORTED": 0.40, "ASSESSED": 0.60, "PRACTICAL_TRIAL": 0.85,
 *               "EMPLOYER_REFERENCE": 0.90, "CERTIFICATE": 0.95, "RECOGNISED": 1.0},
 *  "essentialSkillWeight": 2.0, "optionalSkillWeight": 1.0, "skillSpecificity": 1.0,
 *  "similarSkillWeight": 0.5, "occupationProfileShare": 0.6, "occupationProfileSkills": 1000,
 *  "languageStepPenalty": 0.25,
 *  "yearsForFullExperience": 5, "distancePivotShare": 0.5, "timingScaleMonths": 12,
 *  "minResolutionConfidence": 0.5, "skillNeighbours": 50, "occupationNeighbours": 50}
 * }</pre>
 *
 * <ul>
 *   <li>{@code weights}: factor weights, normalised to sum 1 within each {@link FactorKind.Group}:
 *       fit is the weighted mean of the fit factors (skills, experience, preferences), logistics
 *       the weighted mean of the others (language, distance, timing, support, offer type).
 *   <li>{@code logisticsShare}: the score is {@code fit × (1 − logisticsShare + logisticsShare ×
 *       logistics)}: fit decides, logistics orders offers of similar fit. With the default 0.3 the
 *       best logistics lift an offer by at most 1 / 0.7 = 1.43 over the worst, and an offer without
 *       fit scores 0. In [0, 1].
 *   <li>{@code minFit}: offers whose fit is below this are no match (left out of rankings, listed
 *       with the reason in exclusions), so unrelated offers never fill a list. In [0, 1).
 *   <li>{@code trainingFit}: an offer that teaches its occupation (a practical trial, EQ, TQ, an
 *       apprenticeship) is open to people without its skills: its fit is at least this. Jobs have
 *       no such floor. In [0, 1].
 *   <li>{@code inferredOccupations}, {@code inferredOccupationWeight}: for a person, the
 *       occupations whose taxonomy profile their skills fit best (at most this many, rare skills
 *       telling more than common ones) count in the experience factor like an occupation they
 *       worked in, at this weight (a guess from skills is less sure than years in the job). 0
 *       infers none. Occupations are ranked by how likely their profile makes the skills the person
 *       names (a skill is likelier from a small profile than from a large one). {@code
 *       inferenceEssentialShare} in (0, 1): how likely a skill the person names from their
 *       occupation is one of its essential skills, the rest being its optional ones; the essential
 *       skills share this, each alike, and the optional ones the rest, so a long list of optional
 *       skills (ESCO lists from none to over a hundred) does not make the core of a job less likely
 *       to be named. The default 0.67 is the skills factor's essential 2 : optional 1 ({@code
 *       essentialSkillWeight}, {@code optionalSkillWeight}). {@code inferenceNoise} in (0, 1): how
 *       likely a named skill has nothing to do with the occupation (it is then as likely as the
 *       skill is from an occupation drawn at random), so that one stray skill does not rule an
 *       occupation out. {@code inferredNeighbourWeight} in [0, 1]: an inferred occupation's
 *       taxonomy neighbour counts its similarity × this (a neighbour of an occupation the person
 *       worked in counts its similarity): the inference has already weighed every occupation whose
 *       profile lists the skills, the neighbours among them, so the step from a guess to a
 *       neighbour it did not rank counts less; 0.8, like the guess itself ({@code
 *       inferredOccupationWeight}). {@code inferenceSharpness} in [0, 8]: an inferred occupation is
 *       valued (its likelihood / the best's)<sup>this</sup>, so the higher, the more the best guess
 *       stands out from its siblings. {@code inferencePrior} in [0, 1): what the person did says
 *       which occupations their skills are likely to be of. With this probability the occupation
 *       lies around an occupation they stated (experience, a qualification, a measure), spread over
 *       it and its taxonomy neighbours by similarity (same ISCO unit group, ESCO broader and
 *       narrower); else it is any occupation. So "a baker who names three pastry skills" points to
 *       pastry cook before a confectionery machine operator with the same skills. 0 ignores what
 *       they stated.
 *   <li>{@code evidence}, {@code evidenceShare}: how sure a skill claim is by its evidence level,
 *       in [0, 1]. It decides the pathway (a practical trial for what is only self-reported) and is
 *       not part of the fit. The mean over a person's claims, their sureness, scales every score of
 *       that person alike by {@code 1 − evidenceShare + evidenceShare × sureness}: it orders people
 *       for an offer (a cook who passed a trial before one who has not) and never a person's
 *       offers. {@code evidenceShare} in [0, 1].
 *   <li>{@code essentialSkillWeight}, {@code optionalSkillWeight}: weight of an offer's essential
 *       and optional skills within the skills factor.
 *   <li>{@code skillSpecificity}: how strongly a required skill's specificity weighs: its share is
 *       (essential or optional weight) × specificity<sup>this</sup>, where specificity is {@code
 *       ln(1 + N / n)} for a skill that {@code n} of the taxonomy's {@code N} occupations list (so
 *       "use Microsoft Office" counts less than a skill only a few occupations need). Taken from
 *       the taxonomy, not from the offers, so a score never changes when other offers are added. 0
 *       makes every skill count alike; at most 4.
 *   <li>{@code similarSkillWeight}: how much a similar skill (broader, narrower, related, same
 *       group) counts, as a share of its taxonomy similarity: a person who has a neighbour of the
 *       skill the offer asks for can likely learn it, but does not have it. In [0, 1]; 1 counts the
 *       similarity in full.
 *   <li>{@code occupationProfileShare}, {@code occupationProfileSkills}: an advert names a few
 *       skills; the offer's occupation in the taxonomy says what the job generally takes. The
 *       {@code occupationProfileSkills} weightiest skills of the occupation's profile that the
 *       offer does not name (weighted like the offer's own: essential or optional × specificity)
 *       are compared too and carry their weight's share of the skills factor, at most {@code
 *       occupationProfileShare}; the offer's own skills carry the rest. They count for the score
 *       only: the pathway and the need for support look at the offer's own essential skills. Share
 *       in [0, 1), skills in 0..1000; 0 compares the offer's own skills only. The defaults (0.6,
 *       1000: the whole profile) make a thin profile count against everything the occupation takes,
 *       not only the few skills an advert happens to name.
 *   <li>{@code languageStepPenalty}: value lost per CEFR step a language is short.
 *   <li>{@code yearsForFullExperience}: years of experience that count fully (fewer count from
 *       half).
 *   <li>{@code distancePivotShare}: the distance factor is {@code p / (p + km)} with {@code p} this
 *       share of the person's maximum travel distance: 1 on the doorstep, 1/2 at {@code p}.
 *   <li>{@code timingScaleMonths}: months of waiting that cost the full timing value.
 *   <li>{@code minResolutionConfidence}: free-text concepts resolved below this confidence are
 *       compared as text only.
 *   <li>{@code skillNeighbours}, {@code occupationNeighbours}: how many related concepts (broader,
 *       narrower, related, same group) a skill or occupation is compared with.
 * </ul>
 */
public final class ScoringProfile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EnumMap<FactorKind, Double> weights;
  private final double logisticsShare;
  private final double minFit;
  private final double trainingFit;
  private final double evidenceShare;
  private final int inferredOccupations;
  private final double inferredOccupationWeight;
  private final double inferenceNoise;
  private final double inferenceSharpness;
  private final double inferencePrior;
  private final double inferenceEssentialShare;
  private final double inferredNeighbourWeight;
  private final EnumMap<Evidence, Double> evidence;
  private final double essentialSkillWeight;
  private final double optionalSkillWeight;
  private final double skillSpecificity;
  private final double similarSkillWeight;
  private final double occupationProfileShare;
  private final int occupationProfileSkills;
  private final double languageStepPenalty;
  private final double yearsForFullExperience;
  private final double distancePivotShare;
  private final double timingScaleMonths;
  private final double minResolutionConfidence;
  private final int skillNeighbours;
  private final int occupationNeighbours;

  private ScoringProfile(Builder b) {
    this.weights = new EnumMap<>(FactorKind.class);
    for (FactorKind.Group g : FactorKind.Group.values()) {
      double sum = 0;
      for (FactorKind f : FactorKind.values()) {
        sum += f.group() == g ? b.weights.get(f) : 0;
      }
      if (!(sum > 0)) {
        throw new IllegalStateException(
            "the weights of the "
                + g.name().toLowerCase(Locale.ROOT)
                + " factors must not all be zero: "
                + b.weights);
      }
      for (FactorKind f : FactorKind.values()) {
        if (f.group() == g) {
          weights.put(f, b.weights.get(f) / sum);
        }
      }
    }
    this.logisticsShare = b.logisticsShare;
    this.minFit = b.minFit;
    this.trainingFit = b.trainingFit;
    this.evidenceShare = b.evidenceShare;
    this.inferredOccupations = b.inferredOccupations;
    this.inferredOccupationWeight = b.inferredOccupationWeight;
    this.inferenceNoise = b.inferenceNoise;
    this.inferenceSharpness = b.inferenceSharpness;
    this.inferencePrior = b.inferencePrior;
    this.inferenceEssentialShare = b.inferenceEssentialShare;
    this.inferredNeighbourWeight = b.inferredNeighbourWeight;
    this.evidence = new EnumMap<>(b.evidence);
    this.essentialSkillWeight = b.essentialSkillWeight;
    this.optionalSkillWeight = b.optionalSkillWeight;
    this.skillSpecificity = b.skillSpecificity;
    this.similarSkillWeight = b.similarSkillWeight;
    this.occupationProfileShare = b.occupationProfileShare;
    this.occupationProfileSkills = b.occupationProfileSkills;
    this.languageStepPenalty = b.languageStepPenalty;
    this.yearsForFullExperience = b.yearsForFullExperience;
    this.distancePivotShare = b.distancePivotShare;
    this.timingScaleMonths = b.timingScaleMonths;
    this.minResolutionConfidence = b.minResolutionConfidence;
    this.skillNeighbours = b.skillNeighbours;
    this.occupationNeighbours = b.occupationNeighbours;
  }

  /** {@return the documented defaults} */
  public static ScoringProfile defaults() {
    return builder().build();
  }

  /** {@return a builder holding the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this profile's values (weights as normalised).
   *
   * @return a builder with this profile's values
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.weights.putAll(weights);
    b.logisticsShare = logisticsShare;
    b.minFit = minFit;
    b.trainingFit = trainingFit;
    b.evidenceShare = evidenceShare;
    b.inferredOccupations = inferredOccupations;
    b.inferredOccupationWeight = inferredOccupationWeight;
    b.inferenceNoise = inferenceNoise;
    b.inferenceSharpness = inferenceSharpness;
    b.inferencePrior = inferencePrior;
    b.inferenceEssentialShare = inferenceEssentialShare;
    b.inferredNeighbourWeight = inferredNeighbourWeight;
    b.evidence.putAll(evidence);
    b.essentialSkillWeight = essentialSkillWeight;
    b.optionalSkillWeight = optionalSkillWeight;
    b.skillSpecificity = skillSpecificity;
    b.similarSkillWeight = similarSkillWeight;
    b.occupationProfileShare = occupationProfileShare;
    b.occupationProfileSkills = occupationProfileSkills;
    b.languageStepPenalty = languageStepPenalty;
    b.yearsForFullExperience = yearsForFullExperience;
    b.distancePivotShare = distancePivotShare;
    b.timingScaleMonths = timingScaleMonths;
    b.minResolutionConfidence = minResolutionConfidence;
    b.skillNeighbours = skillNeighbours;
    b.occupationNeighbours = occupationNeighbours;
    return b;
  }

  /**
   * A profile from JSON (see the class comment); fields left out keep their defaults.
   *
   * @throws IllegalArgumentException for malformed JSON, unknown fields or values out of range
   * @param json the JSON document
   * @return the profile
   */
  public static ScoringProfile fromJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("scoring profile is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("scoring profile must be a JSON object");
    }
    Builder b = builder();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      apply(b, e.getKey(), e.getValue());
    }
    return b.build();
  }

  private static void apply(Builder b, String key, JsonNode v) {
    switch (key) {
      case "weights" ->
          forEach(
              v,
              "weights",
              (k, n) ->
                  b.weight(
                      FactorKind.named(k)
                          .orElseThrow(
                              () ->
                                  new IllegalArgumentException(
                                      "unknown factor '" + k + "' in scoring profile weights")),
                      number(n, "weights." + k)));
      case "evidence" ->
          forEach(
              v, "evidence", (k, n) -> b.evidence(evidenceNamed(k), number(n, "evidence." + k)));
      case "logisticsShare" -> b.logisticsShare(number(v, key));
      case "minFit" -> b.minFit(number(v, key));
      case "trainingFit" -> b.trainingFit(number(v, key));
      case "evidenceShare" -> b.evidenceShare(number(v, key));
      case "inferredOccupations" -> b.inferredOccupations(whole(v, key));
      case "inferredOccupationWeight" -> b.inferredOccupationWeight(number(v, key));
      case "inferenceNoise" -> b.inferenceNoise(number(v, key));
      case "inferenceSharpness" -> b.inferenceSharpness(number(v, key));
      case "inferencePrior" -> b.inferencePrior(number(v, key));
      case "inferenceEssentialShare" -> b.inferenceEssentialShare(number(v, key));
      case "inferredNeighbourWeight" -> b.inferredNeighbourWeight(number(v, key));
      case "essentialSkillWeight" -> b.essentialSkillWeight(number(v, key));
      case "optionalSkillWeight" -> b.optionalSkillWeight(number(v, key));
      case "skillSpecificity" -> b.skillSpecificity(number(v, key));
      case "similarSkillWeight" -> b.similarSkillWeight(number(v, key));
      case "occupationProfileShare" -> b.occupationProfileShare(number(v, key));
      case "occupationProfileSkills" -> b.occupationProfileSkills(whole(v, key));
      case "languageStepPenalty" -> b.languageStepPenalty(number(v, key));
      case "yearsForFullExperience" -> b.yearsForFullExperience(number(v, key));
      case "distancePivotShare" -> b.distancePivotShare(number(v, key));
      case "timingScaleMonths" -> b.timingScaleMonths(number(v, key));
      case "minResolutionConfidence" -> b.minResolutionConfidence(number(v, key));
      case "skillNeighbours" -> b.skillNeighbours((int) number(v, key));
      case "occupationNeighbours" -> b.occupationNeighbours((int) number(v, key));
      default -> throw new IllegalArgumentException("unknown scoring profile field '" + key + "'");
    }
  }

  /**
   * A profile from a JSON file read through the one config reader ({@link ConfigFile}): every
   * problem names file, line, field and reason, and a misspelt field the one meant.
   *
   * @param in the file's content (UTF-8)
   * @param sourceName the file's name, for messages
   * @return the profile
   * @throws RuleFileException when the profile is not usable
   */
  public static ScoringProfile fromJson(InputStream in, String sourceName) {
    ConfigFile file = ConfigFile.read(in, sourceName);
    JsonNode root;
    try (InputStream content = file.content()) {
      root = JSON.readTree(content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
    if (root == null || !root.isObject()) {
      throw file.error("", "a scoring profile is a JSON object");
    }
    Builder b = builder();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!FIELDS.contains(e.getKey())) {
        throw file.unknownField(e.getKey(), FIELDS);
      }
      try {
        apply(b, e.getKey(), e.getValue());
      } catch (IllegalArgumentException x) {
        throw file.error(e.getKey(), x.getMessage());
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException x) {
      throw file.error("", x.getMessage());
    }
  }

  /** The fields of a profile file. */
  private static final java.util.List<String> FIELDS =
      java.util.List.of(
          "weights",
          "evidence",
          "logisticsShare",
          "minFit",
          "trainingFit",
          "evidenceShare",
          "inferredOccupations",
          "inferredOccupationWeight",
          "inferenceNoise",
          "inferenceSharpness",
          "inferencePrior",
          "inferenceEssentialShare",
          "inferredNeighbourWeight",
          "essentialSkillWeight",
          "optionalSkillWeight",
          "skillSpecificity",
          "similarSkillWeight",
          "occupationProfileShare",
          "occupationProfileSkills",
          "languageStepPenalty",
          "yearsForFullExperience",
          "distancePivotShare",
          "timingScaleMonths",
          "minResolutionConfidence",
          "skillNeighbours",
          "occupationNeighbours");

  /**
   * {@return a profile from a JSON file, read like {@link #fromJson(InputStream, String)}: every
   * problem names the file, line, field and reason}
   *
   * @param file the JSON file (UTF-8)
   * @throws RuleFileException when the profile is not usable
   */
  public static ScoringProfile fromJson(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scoring profile " + file, e);
    }
  }

  /**
   * {@return a profile from a JSON stream (UTF-8); see {@link #fromJson(String)}}
   *
   * @param in the JSON stream (UTF-8), not closed
   */
  public static ScoringProfile fromJson(InputStream in) {
    try {
      return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scoring profile", e);
    }
  }

  private static void forEach(
      JsonNode node, String field, java.util.function.BiConsumer<String, JsonNode> action) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("scoring profile field '" + field + "' must be an object");
    }
    node.properties().forEach(e -> action.accept(e.getKey(), e.getValue()));
  }

  private static double number(JsonNode node, String field) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException(
          "scoring profile field '" + field + "' must be a number, not " + node);
    }
    return node.doubleValue();
  }

  private static int whole(JsonNode node, String field) {
    double d = number(node, field);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "scoring profile field '" + field + "' must be a whole number, not " + node);
    }
    return (int) d;
  }

  private static Evidence evidenceNamed(String name) {
    try {
      return Evidence.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown evidence level '" + name + "' in scoring profile", e);
    }
  }

  /**
   * {@return the normalised weight of {@code factor} (the weights of each group sum to 1)}
   *
   * @param factor the factor
   */
  public double weight(FactorKind factor) {
    return weights.get(factor);
  }

  /**
   * {@return how much logistics scale a score: {@code fit × (1 − this + this × logistics)}, in [0,
   * 1]}
   */
  public double logisticsShare() {
    return logisticsShare;
  }

  /**
   * Offers with a fit below this are no match, in [0, 1).
   *
   * @return the minimum fit
   */
  public double minFit() {
    return minFit;
  }

  /**
   * {@return the least fit of an offer that teaches its occupation (all types but jobs), in [0, 1]}
   */
  public double trainingFit() {
    return trainingFit;
  }

  /** {@return how much a person's sureness scales all their scores, in [0, 1]} */
  public double evidenceShare() {
    return evidenceShare;
  }

  /** {@return how many occupations are inferred from a person's skills at most (0: none)} */
  public int inferredOccupations() {
    return inferredOccupations;
  }

  /**
   * {@return how much an occupation inferred from skills counts, as a share of experience in it}
   */
  public double inferredOccupationWeight() {
    return inferredOccupationWeight;
  }

  /** {@return how likely inference takes a named skill to be unrelated to the occupation} */
  public double inferenceNoise() {
    return inferenceNoise;
  }

  /**
   * {@return the power of an inferred occupation's likelihood relative to the best that is its
   * value}
   */
  public double inferenceSharpness() {
    return inferenceSharpness;
  }

  /**
   * {@return how likely the occupation a person's skills are of lies around an occupation they
   * stated, in [0, 1)}
   */
  public double inferencePrior() {
    return inferencePrior;
  }

  /**
   * {@return how likely a skill a person names from their occupation is one of its essential
   * skills, in (0, 1); the rest are its optional skills}
   */
  public double inferenceEssentialShare() {
    return inferenceEssentialShare;
  }

  /**
   * {@return how much the similarity of an inferred occupation's taxonomy neighbour counts, in [0,
   * 1]}
   */
  public double inferredNeighbourWeight() {
    return inferredNeighbourWeight;
  }

  /**
   * {@return how sure a skill claim with this evidence is, in [0, 1]; not part of the fit}
   *
   * @param level the evidence level
   */
  public double evidence(Evidence level) {
    return evidence.get(level);
  }

  /** {@return the weight of an offer's essential skills within the skills factor} */
  public double essentialSkillWeight() {
    return essentialSkillWeight;
  }

  /** {@return the weight of an offer's optional skills within the skills factor} */
  public double optionalSkillWeight() {
    return optionalSkillWeight;
  }

  /** {@return exponent of a required skill's specificity in its share (0: all skills alike)} */
  public double skillSpecificity() {
    return skillSpecificity;
  }

  /**
   * {@return how much a similar, not identical, skill counts as a share of its similarity, in [0,
   * 1]}
   */
  public double similarSkillWeight() {
    return similarSkillWeight;
  }

  /**
   * {@return share of the skills factor carried by further skills of the offer's occupation, in [0,
   * 1)}
   */
  public double occupationProfileShare() {
    return occupationProfileShare;
  }

  /** {@return how many further skills of the offer's occupation are compared at most} */
  public int occupationProfileSkills() {
    return occupationProfileSkills;
  }

  /** {@return the value a language factor loses per CEFR step short, in [0, 1]} */
  public double languageStepPenalty() {
    return languageStepPenalty;
  }

  /** {@return the years of experience that count fully} */
  public double yearsForFullExperience() {
    return yearsForFullExperience;
  }

  /** {@return the share of the person's travel distance at which the distance factor is 1/2} */
  public double distancePivotShare() {
    return distancePivotShare;
  }

  /** {@return the months of waiting that cost the full timing value} */
  public double timingScaleMonths() {
    return timingScaleMonths;
  }

  /**
   * {@return the confidence below which a free-text concept is compared as text only, in [0, 1]}
   */
  public double minResolutionConfidence() {
    return minResolutionConfidence;
  }

  /** {@return how many related skills a skill is compared with} */
  public int skillNeighbours() {
    return skillNeighbours;
  }

  /** {@return how many related occupations an occupation is compared with} */
  public int occupationNeighbours() {
    return occupationNeighbours;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoringProfile p && toString().equals(p.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public String toString() {
    return "ScoringProfile{weights="
        + weights
        + ", logisticsShare="
        + logisticsShare
        + ", minFit="
        + minFit
        + ", trainingFit="
        + trainingFit
        + ", evidenceShare="
        + evidenceShare
        + ", inferredOccupations="
        + inferredOccupations
        + ", inferredOccupationWeight="
        + inferredOccupationWeight
        + ", inferenceNoise="
        + inferenceNoise
        + ", inferenceSharpness="
        + inferenceSharpness
        + ", inferencePrior="
        + inferencePrior
        + ", inferenceEssentialShare="
        + inferenceEssentialShare
        + ", inferredNeighbourWeight="
        + inferredNeighbourWeight
        + ", evidence="
        + evidence
        + ", essentialSkillWeight="
        + essentialSkillWeight
        + ", optionalSkillWeight="
        + optionalSkillWeight
        + ", skillSpecificity="
        + skillSpecificity
        + ", similarSkillWeight="
        + similarSkillWeight
        + ", occupationProfileShare="
        + occupationProfileShare
        + ", occupationProfileSkills="
        + occupationProfileSkills
        + ", languageStepPenalty="
        + languageStepPenalty
        + ", yearsForFullExperience="
        + yearsForFullExperience
        + ", distancePivotShare="
        + distancePivotShare
        + ", timingScaleMonths="
        + timingScaleMonths
        + ", minResolutionConfidence="
        + minResolutionConfidence
        + ", skillNeighbours="
        + skillNeighbours
        + ", occupationNeighbours="
        + occupationNeighbours
        + "}";
  }

  /** Sets the profile's values one by one; each setter checks its value at once. */
  public static final class Builder {
    private final EnumMap<FactorKind, Double> weights = new EnumMap<>(FactorKind.class);
    private final EnumMap<Evidence, Double> evidence = new EnumMap<>(Evidence.class);
    private double logisticsShare = 0.3;
    private double minFit = 0.1;
    private double trainingFit = 0.12;
    private double evidenceShare = 0.1;
    private int inferredOccupations = 5;
    private double inferredOccupationWeight = 0.8;
    private double inferenceNoise = 0.1;
    private double inferenceSharpness = 0.33;
    private double inferencePrior = 0.5;
    private double inferenceEssentialShare = 0.67;
    private double inferredNeighbourWeight = 0.8;
    private double essentialSkillWeight = 2.0;
    private double optionalSkillWeight = 1.0;
    private double skillSpecificity = 1.0;
    private double similarSkillWeight = 0.5;
    private double occupationProfileShare = 0.6;
    private int occupationProfileSkills = 1000;
    private double languageStepPenalty = 0.25;
    private double yearsForFullExperience = 5;
    private double distancePivotShare = 0.5;
    private double timingScaleMonths = 12;
    private double minResolutionConfidence = 0.5;
    private int skillNeighbours = 50;
    private int occupationNeighbours = 50;

    private Builder() {
      weights.put(FactorKind.SKILLS, 0.40);
      weights.put(FactorKind.EXPERIENCE, 0.45);
      weights.put(FactorKind.PREFERENCES, 0.15);
      weights.put(FactorKind.LANGUAGE, 0.35);
      weights.put(FactorKind.DISTANCE, 0.25);
      weights.put(FactorKind.TIMING, 0.20);
      weights.put(FactorKind.SUPPORT, 0.10);
      weights.put(FactorKind.OFFER_TYPE, 0.10);
      evidence.put(Evidence.SELF_REPORTED, 0.40);
      evidence.put(Evidence.ASSESSED, 0.60);
      evidence.put(Evidence.PRACTICAL_TRIAL, 0.85);
      evidence.put(Evidence.EMPLOYER_REFERENCE, 0.90);
      evidence.put(Evidence.CERTIFICATE, 0.95);
      evidence.put(Evidence.RECOGNISED, 1.0);
    }

    /**
     * Weight of a factor (not negative; normalised to sum 1 within its group).
     *
     * @param factor the factor
     * @param weight its weight, not negative
     * @return this builder
     */
    public Builder weight(FactorKind factor, double weight) {
      if (!(weight >= 0 && weight <= 1000)) {
        throw new IllegalArgumentException(
            "weight of " + factor.jsonName() + " (" + weight + ") must be in 0..1000");
      }
      weights.put(factor, weight);
      return this;
    }

    /**
     * How logistics scale a score ({@code fit × (1 − s + s × logistics)}), in [0, 1].
     *
     * @param share the logistics share
     * @return this builder
     */
    public Builder logisticsShare(double share) {
      requireUnit(share, "logisticsShare");
      this.logisticsShare = share;
      return this;
    }

    /**
     * The fit below which an offer is no match, in [0, 1).
     *
     * @param fit the minimum fit
     * @return this builder
     */
    public Builder minFit(double fit) {
      if (!(fit >= 0 && fit < 1)) {
        throw new IllegalArgumentException("minFit (" + fit + ") must be in [0, 1)");
      }
      this.minFit = fit;
      return this;
    }

    /**
     * The least fit of an offer that teaches its occupation, in [0, 1].
     *
     * @param fit the training fit
     * @return this builder
     */
    public Builder trainingFit(double fit) {
      requireUnit(fit, "trainingFit");
      this.trainingFit = fit;
      return this;
    }

    /**
     * How much a person's sureness scales all their scores, in [0, 1].
     *
     * @param share the evidence share
     * @return this builder
     */
    public Builder evidenceShare(double share) {
      requireUnit(share, "evidenceShare");
      this.evidenceShare = share;
      return this;
    }

    /**
     * How many occupations to infer from a person's skills at most, 0..100 (0: none).
     *
     * @param n how many occupations
     * @return this builder
     */
    public Builder inferredOccupations(int n) {
      if (n < 0 || n > 100) {
        throw new IllegalArgumentException("inferredOccupations (" + n + ") must be in 0..100");
      }
      this.inferredOccupations = n;
      return this;
    }

    /**
     * How much an occupation inferred from skills counts, in [0, 1].
     *
     * @param w the weight
     * @return this builder
     */
    public Builder inferredOccupationWeight(double w) {
      requireUnit(w, "inferredOccupationWeight");
      this.inferredOccupationWeight = w;
      return this;
    }

    /**
     * How likely inference takes a named skill to be unrelated to the occupation, in (0, 1).
     *
     * @param noise the probability
     * @return this builder
     */
    public Builder inferenceNoise(double noise) {
      if (!(noise > 0 && noise < 1)) {
        throw new IllegalArgumentException("inferenceNoise (" + noise + ") must be in (0, 1)");
      }
      this.inferenceNoise = noise;
      return this;
    }

    /**
     * The power of an inferred occupation's likelihood relative to the best's that is its value, in
     * [0, 8].
     *
     * @param power the power
     * @return this builder
     */
    public Builder inferenceSharpness(double power) {
      if (!(power >= 0 && power <= 8)) {
        throw new IllegalArgumentException("inferenceSharpness (" + power + ") must be in [0, 8]");
      }
      this.inferenceSharpness = power;
      return this;
    }

    /**
     * How likely inference takes the occupation a person's skills are of to lie around an
     * occupation they stated (it or its taxonomy neighbours), in [0, 1); 0 ignores what they
     * stated.
     *
     * @param p the probability
     * @return this builder
     */
    public Builder inferencePrior(double p) {
      if (!(p >= 0 && p < 1)) {
        throw new IllegalArgumentException("inferencePrior (" + p + ") must be in [0, 1)");
      }
      this.inferencePrior = p;
      return this;
    }

    /**
     * How likely inference takes a skill a person names from their occupation to be one of its
     * essential skills (the rest being its optional ones), in (0, 1).
     *
     * @param share the probability
     * @return this builder
     */
    public Builder inferenceEssentialShare(double share) {
      if (!(share > 0 && share < 1)) {
        throw new IllegalArgumentException(
            "inferenceEssentialShare (" + share + ") must be in (0, 1)");
      }
      this.inferenceEssentialShare = share;
      return this;
    }

    /**
     * How much the similarity of an inferred occupation's taxonomy neighbour counts, in [0, 1]: 1
     * counts it like a neighbour of an occupation the person worked in.
     *
     * @param w the weight
     * @return this builder
     */
    public Builder inferredNeighbourWeight(double w) {
      requireUnit(w, "inferredNeighbourWeight");
      this.inferredNeighbourWeight = w;
      return this;
    }

    /**
     * How sure a claim with this evidence level is, in [0, 1].
     *
     * @param level the evidence level
     * @param weight how sure it is
     * @return this builder
     */
    public Builder evidence(Evidence level, double weight) {
      requireUnit(weight, "evidence " + level);
      evidence.put(level, weight);
      return this;
    }

    /**
     * The weight of an offer's essential skills within the skills factor (positive).
     *
     * @param w the weight
     * @return this builder
     */
    public Builder essentialSkillWeight(double w) {
      requirePositive(w, "essentialSkillWeight");
      this.essentialSkillWeight = w;
      return this;
    }

    /**
     * The weight of an offer's optional skills within the skills factor (positive).
     *
     * @param w the weight
     * @return this builder
     */
    public Builder optionalSkillWeight(double w) {
      requirePositive(w, "optionalSkillWeight");
      this.optionalSkillWeight = w;
      return this;
    }

    /**
     * Exponent of a required skill's specificity in its share, in [0, 4].
     *
     * @param exponent the exponent
     * @return this builder
     */
    public Builder skillSpecificity(double exponent) {
      if (!(exponent >= 0 && exponent <= 4)) {
        throw new IllegalArgumentException("skillSpecificity (" + exponent + ") must be in [0, 4]");
      }
      this.skillSpecificity = exponent;
      return this;
    }

    /**
     * How much a similar skill counts as a share of its similarity, in [0, 1].
     *
     * @param w the share
     * @return this builder
     */
    public Builder similarSkillWeight(double w) {
      requireUnit(w, "similarSkillWeight");
      this.similarSkillWeight = w;
      return this;
    }

    /**
     * Share of the skills factor carried by further skills of the occupation, in [0, 1).
     *
     * @param share the share
     * @return this builder
     */
    public Builder occupationProfileShare(double share) {
      if (!(share >= 0 && share < 1)) {
        throw new IllegalArgumentException(
            "occupationProfileShare (" + share + ") must be in [0, 1)");
      }
      this.occupationProfileShare = share;
      return this;
    }

    /**
     * How many further skills of the offer's occupation are compared at most, 0..1000.
     *
     * @param n how many skills
     * @return this builder
     */
    public Builder occupationProfileSkills(int n) {
      if (n < 0 || n > 1000) {
        throw new IllegalArgumentException(
            "occupationProfileSkills (" + n + ") must be in 0..1000");
      }
      this.occupationProfileSkills = n;
      return this;
    }

    /**
     * The value a language factor loses per CEFR step short, in [0, 1].
     *
     * @param p the penalty
     * @return this builder
     */
    public Builder languageStepPenalty(double p) {
      requireUnit(p, "languageStepPenalty");
      this.languageStepPenalty = p;
      return this;
    }

    /**
     * The years of experience that count fully (positive).
     *
     * @param years the years
     * @return this builder
     */
    public Builder yearsForFullExperience(double years) {
      requirePositive(years, "yearsForFullExperience");
      this.yearsForFullExperience = years;
      return this;
    }

    /**
     * The share of the person's travel distance at which the distance factor is 1/2 (positive).
     *
     * @param share the share
     * @return this builder
     */
    public Builder distancePivotShare(double share) {
      requirePositive(share, "distancePivotShare");
      this.distancePivotShare = share;
      return this;
    }

    /**
     * The months of waiting that cost the full timing value (positive).
     *
     * @param months the months
     * @return this builder
     */
    public Builder timingScaleMonths(double months) {
      requirePositive(months, "timingScaleMonths");
      this.timingScaleMonths = months;
      return this;
    }

    /**
     * The confidence below which a free-text concept is compared as text only, in [0, 1].
     *
     * @param confidence the confidence
     * @return this builder
     */
    public Builder minResolutionConfidence(double confidence) {
      requireUnit(confidence, "minResolutionConfidence");
      this.minResolutionConfidence = confidence;
      return this;
    }

    /**
     * How many related skills a skill is compared with, 1..10000.
     *
     * @param n how many
     * @return this builder
     */
    public Builder skillNeighbours(int n) {
      if (n < 1 || n > 10_000) {
        throw new IllegalArgumentException("skillNeighbours (" + n + ") must be in 1..10000");
      }
      this.skillNeighbours = n;
      return this;
    }

    /**
     * How many related occupations an occupation is compared with, 1..10000.
     *
     * @param n how many
     * @return this builder
     */
    public Builder occupationNeighbours(int n) {
      if (n < 1 || n > 10_000) {
        throw new IllegalArgumentException("occupationNeighbours (" + n + ") must be in 1..10000");
      }
      this.occupationNeighbours = n;
      return this;
    }

    /**
     * The profile.
     *
     * @throws IllegalStateException when all weights are zero
     * @return the profile
     */
    public ScoringProfile build() {
      return new ScoringProfile(this);
    }

    private static void requireUnit(double v, String name) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(name + " (" + v + ") must be in [0, 1]");
      }
    }

    private static void requirePositive(double v, String name) {
      if (!(v > 0 && v < 1e6)) {
        throw new IllegalArgumentException(name + " (" + v + ") must be positive");
      }
    }
  }
}
