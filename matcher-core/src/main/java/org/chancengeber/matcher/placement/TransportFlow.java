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
 * Maximum-weight b-matching of people to offers as a min-cost flow, solved exactly by successive
 * shortest paths: each person in turn sends one unit from itself to the sink, along the cheapest
 * path of the residual network (an offer, possibly moving others to their next-best offer or out,
 * or straight to the sink as "not placed"). Dijkstra on reduced costs stops as soon as the sink is
 * settled, and only the settled nodes' potentials move (the early-termination update of Jonker and
 * Volgenant's sparse assignment), so a person whose best offers still have room costs a handful of
 * steps instead of a pass over the whole network.
 *
 * <p>Network: person → offer (capacity 1, cost −weight), person → sink (capacity 1, cost 0: not
 * placed), offer → sink (capacity = places, cost 0). All arithmetic is on {@code long}, so the
 * optimum is exact. After each augmentation the flow is a minimum-cost flow for the people sent so
 * far (the invariant of successive shortest paths with non-negative reduced costs), so the final
 * flow maximises the total weight of the placement.
 */
final class TransportFlow {
  private final int people;
  private final int nodes;
  private final int sink;
  // arcs in pairs: arc a and its residual twin a ^ 1
  private int[] to;
  private int[] next;
  private int[] cap;
  private long[] cost;
  private int arcs;
  private final int[] first;
  private final int[] personArc; // first arc index of each person's offer arcs, for the result

  /**
   * @param people persons 0..people-1
   * @param capacities places of offers 0..offers-1
   * @param edgeCount how many person→offer edges will be added (a hint)
   */
  TransportFlow(int people, int[] capacities, int edgeCount) {
    this.people = people;
    int offers = capacities.length;
    this.nodes = people + offers + 1;
    this.sink = people + offers;
    int expected = 2 * (edgeCount + people + offers);
    this.to = new int[Math.max(expected, 2)];
    this.next = new int[to.length];
    this.cap = new int[to.length];
    this.cost = new long[to.length];
    this.first = new int[nodes];
    Arrays.fill(first, -1);
    this.personArc = new int[people];
    Arrays.fill(personArc, -1);
    for (int o = 0; o < offers; o++) {
      if (capacities[o] > 0) {
        arc(people + o, sink, capacities[o], 0);
      }
    }
  }

  /** An edge: person {@code p} may take offer {@code o}, worth {@code weight} (> 0). */
  void edge(int p, int o, long weight) {
    if (weight <= 0) {
      throw new IllegalArgumentException("weight (" + weight + ") must be positive");
    }
    arc(p, people + o, 1, -weight);
  }

  private void arc(int u, int v, int capacity, long c) {
    if (arcs + 2 > to.length) {
      int n = to.length * 2;
      to = Arrays.copyOf(to, n);
      next = Arrays.copyOf(next, n);
      cap = Arrays.copyOf(cap, n);
      cost = Arrays.copyOf(cost, n);
    }
    to[arcs] = v;
    cap[arcs] = capacity;
    cost[arcs] = c;
    next[arcs] = first[u];
    first[u] = arcs++;
    to[arcs] = u;
    cap[arcs] = 0;
    cost[arcs] = -c;
    next[arcs] = first[v];
    first[v] = arcs++;
  }

  /**
   * Solves; returns for each person the offer index it is placed in, or -1.
   *
   * @param maxWeight an upper bound of every edge weight (for the initial potentials)
   */
  int[] solve(long maxWeight) {
    // the not-placed arcs, added last so that they are tried first only by cost, not by order
    for (int p = 0; p < people; p++) {
      arc(p, sink, 1, 0);
    }
    // initial potentials make every reduced cost non-negative: rc(u,v) = c + pi(u) - pi(v)
    long[] pi = new long[nodes];
    for (int v = people; v < nodes; v++) {
      pi[v] = -maxWeight;
    }
    long[] dist = new long[nodes];
    Arrays.fill(dist, Long.MAX_VALUE);
    int[] via = new int[nodes];
    boolean[] settled = new boolean[nodes];
    int[] touched = new int[nodes];
    Heap heap = new Heap(nodes);
    for (int s = 0; s < people; s++) {
      int touchedCount = 0;
      dist[s] = 0;
      via[s] = -1;
      touched[touchedCount++] = s;
      heap.push(s, 0);
      while (!heap.isEmpty()) {
        int u = heap.pop();
        settled[u] = true;
        if (u == sink) {
          break;
        }
        long du = dist[u];
        for (int a = first[u]; a >= 0; a = next[a]) {
          if (cap[a] == 0) {
            continue;
          }
          int v = to[a];
          if (settled[v]) {
            continue;
          }
          long nd = du + cost[a] + pi[u] - pi[v];
          if (nd < dist[v]) {
            if (dist[v] == Long.MAX_VALUE) {
              touched[touchedCount++] = v;
            }
            dist[v] = nd;
            via[v] = a;
            heap.pushOrDecrease(v, nd);
          }
        }
      }
      long dt = dist[sink];
      // the sink is always reachable through the person's own not-placed arc
      for (int v = sink; v != s; ) {
        int a = via[v];
        cap[a]--;
        cap[a ^ 1]++;
        v = to[a ^ 1];
      }
      for (int i = 0; i < touchedCount; i++) {
        int v = touched[i];
        if (settled[v]) {
          pi[v] += dist[v] - dt;
        }
        settled[v] = false;
        dist[v] = Long.MAX_VALUE;
      }
      heap.clear();
    }
    int[] placed = new int[people];
    Arrays.fill(placed, -1);
    for (int p = 0; p < people; p++) {
      for (int a = first[p]; a >= 0; a = next[a]) {
        int v = to[a];
        // forward person → offer arcs are even; a used one has no capacity left
        if ((a & 1) == 0 && v != sink && v >= people && cap[a] == 0) {
          placed[p] = v - people;
        }
      }
    }
    return placed;
  }

  /** A binary min-heap of node ids by key, with decrease-key; ties by node id. */
  private static final class Heap {
    private final int[] heap;
    private final int[] pos;
    private final long[] key;
    private int size;

    Heap(int n) {
      heap = new int[n];
      pos = new int[n];
      key = new long[n];
      Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(int v, long k) {
      pushOrDecrease(v, k);
    }

    void pushOrDecrease(int v, long k) {
      if (pos[v] < 0) {
        heap[size] = v;
        pos[v] = size++;
      }
      key[v] = k;
      up(pos[v]);
    }

    int pop() {
      int top = heap[0];
      pos[top] = -1;
      size--;
      if (size > 0) {
        heap[0] = heap[size];
        pos[heap[0]] = 0;
        down(0);
      }
      return top;
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        pos[heap[i]] = -1;
      }
      size = 0;
    }

    private boolean less(int a, int b) {
      return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void up(int i) {
      int v = heap[i];
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!less(v, heap[parent])) {
          break;
        }
        heap[i] = heap[parent];
        pos[heap[i]] = i;
        i = parent;
      }
      heap[i] = v;
      pos[v] = i;
    }

    private void down(int i) {
      int v = heap[i];
      while (true) {
        int c = 2 * i + 1;
        if (c >= size) {
          break;
        }
        if (c + 1 < size && less(heap[c + 1], heap[c])) {
          c++;
        }
        if (!less(heap[c], v)) {
          break;
        }
        heap[i] = heap[c];
        pos[heap[i]] = i;
        i = c;
      }
      heap[i] = v;
      pos[v] = i;
    }
  }
}
