package org.chancengeber.matcher.taxonomy;

/** First version: same concept, direct broader/narrower, same ISCO unit group. */
final class HierarchySimilarity implements Similarity {
  private final Taxonomy taxonomy;

  HierarchySimilarity(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public double skills(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (taxonomy.broaderSkills(a).contains(b) || taxonomy.broaderSkills(b).contains(a)) {
      return 0.7;
    }
    return 0;
  }

  @Override
  public double occupations(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    var oa = taxonomy.occupation(a);
    var ob = taxonomy.occupation(b);
    if (oa.isPresent()
        && ob.isPresent()
        && !oa.get().iscoGroup().isEmpty()
        && oa.get().iscoGroup().equals(ob.get().iscoGroup())) {
      return 0.6;
    }
    return 0;
  }
}
