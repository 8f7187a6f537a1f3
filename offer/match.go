package offer

import "sort"

// The phrase matcher is an Aho–Corasick automaton over the normalised bytes:
// one pass over the text finds every phrase of every concept, whatever the
// number of phrases, which keeps a check in the tens of microseconds.

// pattern is one compiled phrase.
type pattern struct {
	concept int16
	n       int32 // length in bytes
	lb, rb  bool  // needs a word boundary on the left / right
}

type automaton struct {
	root     [256]int32
	edgeFrom []int32 // per state: first edge; edges of state s are [edgeFrom[s], edgeFrom[s+1])
	edgeKey  []byte
	edgeTo   []int32
	fail     []int32
	outFrom  []int32 // per state: first output; outputs of s are [outFrom[s], outFrom[s+1])
	out      []int32 // pattern indexes
	pats     []pattern
}

type buildNode struct {
	next map[byte]int32
	out  []int32
}

// build compiles the normalised phrases into the automaton.
func buildAutomaton(words [][]byte, pats []pattern) *automaton {
	nodes := []buildNode{{next: map[byte]int32{}}}
	for pi, w := range words {
		s := int32(0)
		for _, c := range w {
			nx, ok := nodes[s].next[c]
			if !ok {
				nx = int32(len(nodes))
				nodes = append(nodes, buildNode{next: map[byte]int32{}})
				nodes[s].next[c] = nx
			}
			s = nx
		}
		nodes[s].out = append(nodes[s].out, int32(pi))
	}
	a := &automaton{pats: pats}
	a.fail = make([]int32, len(nodes))
	// Breadth-first: failure links and inherited outputs.
	queue := make([]int32, 0, len(nodes))
	for c, nx := range nodes[0].next {
		a.root[c] = nx
		queue = append(queue, nx)
	}
	for qi := 0; qi < len(queue); qi++ {
		s := queue[qi]
		keys := sortedKeys(nodes[s].next)
		for _, c := range keys {
			nx := nodes[s].next[c]
			f := a.fail[s]
			for {
				if t, ok := nodes[f].next[c]; ok && t != nx {
					a.fail[nx] = t
					break
				}
				if f == 0 {
					a.fail[nx] = 0
					break
				}
				f = a.fail[f]
			}
			nodes[nx].out = append(nodes[nx].out, nodes[a.fail[nx]].out...)
			queue = append(queue, nx)
		}
	}
	a.edgeFrom = make([]int32, len(nodes)+1)
	a.outFrom = make([]int32, len(nodes)+1)
	for s := range nodes {
		a.edgeFrom[s] = int32(len(a.edgeKey))
		for _, c := range sortedKeys(nodes[s].next) {
			a.edgeKey = append(a.edgeKey, c)
			a.edgeTo = append(a.edgeTo, nodes[s].next[c])
		}
		a.outFrom[s] = int32(len(a.out))
		a.out = append(a.out, nodes[s].out...)
	}
	a.edgeFrom[len(nodes)] = int32(len(a.edgeKey))
	a.outFrom[len(nodes)] = int32(len(a.out))
	return a
}

func sortedKeys(m map[byte]int32) []byte {
	keys := make([]byte, 0, len(m))
	for c := range m {
		keys = append(keys, c)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func (a *automaton) step(s int32, c byte) int32 {
	for {
		if s == 0 {
			return a.root[c]
		}
		lo, hi := a.edgeFrom[s], a.edgeFrom[s+1]
		// Lower bound of c among the sorted edge keys.
		for lo < hi {
			mid := int32(uint32(lo+hi) >> 1)
			if a.edgeKey[mid] < c {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo < a.edgeFrom[s+1] && a.edgeKey[lo] == c {
			return a.edgeTo[lo]
		}
		s = a.fail[s]
	}
}

// scanText reports every phrase occurrence that respects its word
// boundaries by calling hit(pattern, start, end).
func (a *automaton) scanText(t []byte, hit func(p *pattern, start, end int)) {
	s := int32(0)
	for i := 0; i < len(t); i++ {
		s = a.step(s, t[i])
		for k := a.outFrom[s]; k < a.outFrom[s+1]; k++ {
			p := &a.pats[a.out[k]]
			end := i + 1
			start := end - int(p.n)
			if p.lb && start > 0 && isLetter(t[start-1]) {
				continue
			}
			if p.rb && end < len(t) && isLetter(t[end]) {
				continue
			}
			hit(p, start, end)
		}
	}
}
