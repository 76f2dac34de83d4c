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
package org.chancengeber.matcher.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class NoisyTextTest {
  @Test
  void queries_seniorityAndAbbreviationDropped_rolesSplit() {
    NoisyText.Queries q = NoisyText.queries("Sales and Marketing Snr. Executive");
    assertThat(q.whole()).containsExactly(List.of("sales", "marketing", "executive"));
    assertThat(q.roles()).containsExactly(List.of("sales"), List.of("marketing", "executive"));
  }

  @Test
  void queries_placeKeptAsWordButNotAsRole() {
    NoisyText.Queries q = NoisyText.queries("MARKETING EXECUTIVE IN PENANG");
    assertThat(q.whole()).containsExactly(List.of("marketing", "executive", "penang"));
    assertThat(q.roles()).isEmpty();
  }

  @Test
  void queries_germanGenderMarkerDropped() {
    NoisyText.Queries q = NoisyText.queries("Helfer (m/w/d) Lager");
    assertThat(q.whole()).containsExactly(List.of("helfer", "lager"));
    assertThat(q.roles()).containsExactly(List.of("helfer"), List.of("lager"));
  }

  @Test
  void queries_cumSplitsRoles() {
    NoisyText.Queries q = NoisyText.queries("Driver cum Warehouse Asst");
    assertThat(q.whole()).containsExactly(List.of("driver", "warehouse", "assistant"));
    assertThat(q.roles()).containsExactly(List.of("driver"), List.of("warehouse", "assistant"));
  }

  @Test
  void clean_onlyNoise_keepsTheWords() {
    assertThat(NoisyText.clean(List.of("internship"))).containsExactly("internship");
    assertThat(NoisyText.queries("Internship (Full Time)").roles()).isEmpty();
  }

  @Test
  void queries_englishLearnerPost_assistantAddedAsRole() {
    NoisyText.Queries q = NoisyText.queries("Marketing Trainee", "en");
    assertThat(q.whole()).containsExactly(List.of("marketing"));
    assertThat(q.roles()).containsExactly(List.of("marketing", "assistant"));
    assertThat(NoisyText.queries("Junior Sales Assistant", "en").roles()).isEmpty();
    assertThat(NoisyText.queries("Internship", "en").roles()).isEmpty();
  }

  @Test
  void queries_learnerPostInOtherLanguages_noRoleAdded() {
    assertThat(NoisyText.queries("Marketing Trainee", "de").roles()).isEmpty();
    assertThat(NoisyText.queries("Marketing Trainee").roles()).isEmpty();
  }
}
