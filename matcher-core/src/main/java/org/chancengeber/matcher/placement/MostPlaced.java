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
package org.chancengeber.matcher.placement;

import java.util.Arrays;

/**
 * The largest number of people that can be placed at all (a maximum b-matching), by Dinic's maximum
 * flow: source → person (1) → offer (1) → sink (places). On this unit-capacity network it needs
 * O(√V) phases of a breadth-first layering and blocking-flow search each, so it answers in
 * milliseconds where a min-cost flow with equal costs would explore every tie.
 */
final class MostPlaced {
  private final int source;
  private final int sink;
  private final int[] first;
  private int[] to;
  private int[] next;
  private int[] cap;
  private int arcs;

  MostPlaced(int people, int[] capacities, int edgeCount) {
    int offers = capacities.length;
    int nodes = people + offers + 2;
    source = people + offers;
    sink = source + 1;
    first = new int[nodes];
    Arrays.fill(first, -1);
    int n = 2 * (edgeCount + people + offers) + 2;
    to = new int[n];
    next = new int[n];
    cap = new int[n];
    for (int p = 0; p < people; p++) {
      arc(source, p, 1);
    }
    for (int o = 0; o < offers; o++) {
      if (capacities[o] > 0) {
        arc(people + o, sink, capacities[o]);
      }
    }
    this.offerBase = people;
  }

  private final int offerBase;

  void edge(int p, int o) {
    arc(p, offerBase + o, 1);
  }

  private void arc(int u, int v, int c) {
    if (arcs + 2 > to.length) {
      int n = to.length * 2;
      to = Arrays.copyOf(to, n);
      next = Arrays.copyOf(next, n);
      cap = Arrays.copyOf(cap, n);
    }
    to[arcs] = v;
    cap[arcs] = c;
    next[arcs] = first[u];
    first[u] = arcs++;
    to[arcs] = u;
    cap[arcs] = 0;
    next[arcs] = first[v];
    first[v] = arcs++;
  }

  /** The maximum number of people placed. */
  int solve() {
    int nodes = first.length;
    int[] level = new int[nodes];
    int[] queue = new int[nodes];
    int[] it = new int[nodes];
    int[] path = new int[nodes];
    int flow = 0;
    while (true) {
      Arrays.fill(level, -1);
      level[source] = 0;
      int head = 0;
      int tail = 0;
      queue[tail++] = source;
      while (head < tail) {
        int u = queue[head++];
        for (int a = first[u]; a >= 0; a = next[a]) {
          if (cap[a] > 0 && level[to[a]] < 0) {
            level[to[a]] = level[u] + 1;
            queue[tail++] = to[a];
          }
        }
      }
      if (level[sink] < 0) {
        return flow;
      }
      System.arraycopy(first, 0, it, 0, nodes);
      int pushed;
      while ((pushed = push(level, it, path)) > 0) {
        flow += pushed;
      }
    }
  }

  /** One augmenting path of the layered network, found iteratively (people can be many). */
  private int push(int[] level, int[] it, int[] path) {
    int depth = 0;
    int u = source;
    while (true) {
      if (u == sink) {
        int f = Integer.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
          f = Math.min(f, cap[path[i]]);
        }
        for (int i = 0; i < depth; i++) {
          cap[path[i]] -= f;
          cap[path[i] ^ 1] += f;
        }
        return f;
      }
      int a = it[u];
      while (a >= 0 && !(cap[a] > 0 && level[to[a]] == level[u] + 1)) {
        a = next[a];
      }
      it[u] = a;
      if (a >= 0) {
        path[depth++] = a;
        u = to[a];
      } else {
        if (depth == 0) {
          return 0;
        }
        // dead end: drop u from this phase and step back
        level[u] = -1;
        depth--;
        int back = path[depth];
        u = to[back ^ 1];
        it[u] = next[it[u]];
      }
    }
  }
}
