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
package org.chancengeber.matcher.scoring;

import static org.chancengeber.matcher.scoring.Explained.node;

import java.util.ArrayList;
import java.util.List;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.profile.ScoringProfile;

/**
 * The offer's skills: the share-weighted coverage of the offer's skills (and the weightiest further
 * skills of its occupation) by the person's expanded claims, each counting its taxonomy similarity
 * (a neighbour counts {@link ScoringProfile#similarSkillWeight()} of it), capped at 1. Evidence
 * does not count. An offer naming no skills gives 0.
 *
 * <p>Phase one: a person's expanded skills are terms weighted by the factor's weight × their value,
 * an offer's skill feature is its share, so the query's skill score Σ weight × share × value is at
 * least weight × this factor (the cap only lowers it). For people for an offer, the offer's skills
 * are the terms (weight × share) and a person's feature is their value.
 */
final class SkillsFactor implements ScoreFactor {
  private final Concepts concepts;
  private final ScoringProfile profile;

  SkillsFactor(Concepts concepts, ScoringProfile profile) {
    this.concepts = concepts;
    this.profile = profile;
  }

  @Override
  public FactorKind kind() {
    return FactorKind.SKILLS;
  }

  @Override
  public double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    double skills = 0;
    double namedCoverage = 0;
    for (int i = 0; i < pv.skills.length; i++) {
      int slot = pc.skillSlots.get(pv.skills[i]);
      if (slot >= 0) {
        skills += pv.share[i] * pc.skillValue[slot];
        if (i < pv.namedPi.length) {
          namedCoverage += pv.namedPi[i] * (double) pc.skillValue[slot];
        }
      }
    }
    if (pv.rho > 0) {
      // the shared profile's skills the offer does not name: ρ × Σ π × value over them
      double covered = pair.coverage().of(pc, pv.occupation, pv.shared) - namedCoverage;
      skills += pv.rho * Math.max(0, covered);
    }
    return Math.min(1, skills);
  }

  /**
   * The need for support that skills make: the share-weighted gap in the offer's essential skills
   * (1 − the person's value for each), so a missing specific skill weighs more than a general one,
   * as in this factor.
   */
  static double need(PreparedCandidate pc, PreparedVacancy pv) {
    double essentialShare = 0;
    double essentialGap = 0;
    for (int i = 0; i < pv.skills.length; i++) {
      if (pv.essential[i]) {
        int slot = pc.skillSlots.get(pv.skills[i]);
        essentialShare += pv.share[i];
        essentialGap += pv.share[i] * (1 - (slot < 0 ? 0 : pc.skillValue[slot]));
      }
    }
    return essentialShare <= 0 ? 0 : Math.max(0, Math.min(1, essentialGap / essentialShare));
  }

  /** Phase one, offers for a person: the weight of each of the person's skill terms. */
  static float[] offerTermWeights(PreparedCandidate pc, float weight) {
    float[] w = new float[pc.skillCount()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weight * pc.skillValue(i);
    }
    return w;
  }

  /** Phase one, people for an offer: the weight of each of the offer's skill terms. */
  static float[] personTermWeights(PreparedVacancy.SkillView skills, float weight) {
    float[] w = new float[skills.ids().length];
    for (int i = 0; i < w.length; i++) {
      w[i] = weight * skills.shares()[i];
    }
    return w;
  }

  @Override
  public Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value) {
    List<Explanation> details = new ArrayList<>();
    for (Message note : pv.notes) {
      details.add(new Explanation(1, note, List.of()));
    }
    PreparedVacancy.SkillView all = pv.view();
    int[] ids = all.ids();
    if (ids.length == 0) {
      Message m = Message.of("scoring.skills.none");
      details.add(new Explanation(0, m, List.of()));
      return new Explained(m, details);
    }
    if (pv.skillsFromOccupation) {
      details.add(node(1, "scoring.skills.from_occupation", pv.occupationLabel));
    }
    int matched = 0;
    int essentials = 0;
    int provenEssentials = 0;
    List<Explanation> furtherLines = new ArrayList<>();
    double furtherShare = 0;
    double furtherValue = 0;
    for (int i = 0; i < ids.length; i++) {
      int slot = pc.skillSlots.get(ids[i]);
      double v = slot < 0 ? 0 : pc.skillValue[slot];
      if (all.essential()[i]) {
        essentials++;
        if (slot >= 0 && pc.skillProven[slot]) {
          provenEssentials++;
        }
      }
      List<Explanation> why = new ArrayList<>();
      if (profile.skillSpecificity() > 0) {
        // from the taxonomy (cached), not kept per offer: a million offers would hold 100 MB of it
        why.add(explainSpecificity(concepts.specificity(ids[i])));
      }
      if (slot < 0) {
        why.add(node(0, "scoring.skills.missing"));
      } else {
        matched++;
        PreparedCandidate.Claim c = pc.claims.get(pc.skillClaim[slot]);
        Neighbours nb = concepts.skillNeighbours(c.id());
        int j = pc.claimNeighbour(slot, nb);
        // the claim seen from the skill
        Relation relation = nb.relations()[j].inverse();
        List<Explanation> claimDetails = new ArrayList<>();
        c.note().ifPresent(n -> claimDetails.add(new Explanation(1, n, List.of())));
        if (relation != Relation.SAME) {
          claimDetails.add(
              node(
                  profile.similarSkillWeight(),
                  "scoring.skills.similar",
                  Format.two(profile.similarSkillWeight())));
        }
        c.provenBy()
            .ifPresent(
                o ->
                    claimDetails.add(
                        node(
                            profile.evidence(c.evidence()),
                            "scoring.skills.proven_by",
                            c.claimed(),
                            c.evidence(),
                            o)));
        why.add(
            node(
                v,
                Message.of(
                    relation.key(),
                    c.label(),
                    Format.two(nb.similarities()[j]),
                    c.evidence(),
                    Format.two(profile.evidence(c.evidence()))),
                claimDetails));
        if (all.essential()[i] && !pc.skillProven[slot]) {
          why.add(node(0, "scoring.skills.unproven"));
        }
      }
      boolean further = i >= pv.listedSkills;
      String key =
          further
              ? all.profileEssential()[i]
                  ? "scoring.skills.profile_essential"
                  : "scoring.skills.profile_optional"
              : all.essential()[i] ? "scoring.skills.essential" : "scoring.skills.optional";
      Explanation line =
          node(
              all.shares()[i] * v,
              Message.of(
                  key,
                  pv.skillLabel(i, ids[i], concepts),
                  Format.two(v),
                  Format.two(all.shares()[i])),
              why);
      if (further) {
        furtherLines.add(line);
        furtherShare += all.shares()[i];
        furtherValue += all.shares()[i] * v;
      } else {
        details.add(line);
      }
    }
    if (!furtherLines.isEmpty()) {
      details.add(
          node(
              furtherValue,
              Message.of(
                  "scoring.skills.profile_share",
                  furtherLines.size(),
                  pv.occupationLabel,
                  Format.two(furtherShare)),
              furtherLines));
    }
    return new Explained(
        Message.of("scoring.skills.summary", matched, ids.length, provenEssentials, essentials),
        details);
  }

  private Explanation explainSpecificity(Concepts.Specificity s) {
    double weight = Math.pow(s.value(), profile.skillSpecificity());
    String value = Format.two(s.value());
    return switch (s.kind()) {
      case LISTED -> node(weight, "scoring.skills.specific", value, s.occupations(), s.of());
      case GENERIC -> node(weight, "scoring.skills.generic", value, s.occupations(), s.of());
      case UNKNOWN -> node(weight, "scoring.skills.specificity_unknown", value);
    };
  }
}
