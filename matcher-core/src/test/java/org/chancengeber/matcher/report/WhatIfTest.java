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
package org.chancengeber.matcher.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.WorkPermission;
import org.junit.jupiter.api.Test;

class WhatIfTest {
  private static Candidate.Builder person() {
    return Candidate.builder(
        "c-1", Location.of(51.3127, 9.4797, "Kassel"), Residence.of(ResidenceStatus.DULDUNG));
  }

  @Test
  void change_appliedToAPerson_changesOnlyItsOwnPart() {
    Candidate c =
        person()
            .language("de", Cefr.A2)
            .skill(SkillClaim.of(ConceptRef.text("kochen", "de"), Evidence.SELF_REPORTED))
            .qualification(
                new Qualification(ConceptRef.text("Koch", "de"), Recognition.PARTIAL, false))
            .build();

    Candidate german = WhatIf.Change.GERMAN_ONE_LEVEL.apply(c).orElseThrow();
    Candidate trial = WhatIf.Change.POSITIVE_TRIAL.apply(c).orElseThrow();
    Candidate recognised = WhatIf.Change.RECOGNISED_QUALIFICATION.apply(c).orElseThrow();
    Candidate permit = WhatIf.Change.WORK_PERMIT.apply(c).orElseThrow();

    assertThat(german.language("de").orElseThrow().level()).isEqualTo(Cefr.B1);
    assertThat(german.skills()).isEqualTo(c.skills());
    assertThat(trial.skills().get(0).evidence()).isEqualTo(Evidence.PRACTICAL_TRIAL);
    assertThat(trial.languages()).isEqualTo(c.languages());
    assertThat(recognised.qualifications().get(0).recognition()).isEqualTo(Recognition.FULL);
    assertThat(permit.residence().workPermission()).contains(WorkPermission.ALLOWED);
    assertThat(permit.residence().status()).isEqualTo(ResidenceStatus.DULDUNG);
  }

  @Test
  void change_thatChangesNothing_doesNotApply() {
    Candidate c =
        person()
            .language("de", Cefr.C2)
            .skill(SkillClaim.of(ConceptRef.text("kochen", "de"), Evidence.CERTIFICATE))
            .build();

    assertThat(WhatIf.Change.GERMAN_ONE_LEVEL.apply(c)).isEmpty();
    assertThat(WhatIf.Change.POSITIVE_TRIAL.apply(c)).isEmpty();
    assertThat(WhatIf.Change.RECOGNISED_QUALIFICATION.apply(c)).isEmpty();
    assertThat(WhatIf.Change.GERMAN_ONE_LEVEL.apply(person().build()).map(p -> p.language("de")))
        .contains(Optional.of(org.chancengeber.matcher.model.LanguageLevel.of("de", Cefr.A1)));
  }
}
