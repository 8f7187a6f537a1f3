package offer

import "slices"

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

// buildAutomaton compiles the normalised phrases into the automaton. The
// trie's edges live in one map keyed by (state, byte) while it grows, then
// become the sorted edge arrays; failure links are set breadth-first.
func buildAutomaton(words [][]byte, pats []pattern) *automaton {
	child := make(map[uint64]int32, 1<<16)
	key := func(s int32, c byte) uint64 { return uint64(s)<<8 | uint64(c) }
	// An edge packed as from<<40 | byte<<32 | to sorts by state, then byte.
	var edges []uint64
	own := [][]int32{nil} // patterns ending at each state
	for pi, w := range words {
		s := int32(0)
		for _, c := range w {
			nx, ok := child[key(s, c)]
			if !ok {
				nx = int32(len(own))
				own = append(own, nil)
				child[key(s, c)] = nx
				edges = append(edges, uint64(s)<<40|uint64(c)<<32|uint64(nx))
			}
			s = nx
		}
		own[s] = append(own[s], int32(pi))
	}
	n := len(own)
	slices.Sort(edges)
	a := &automaton{pats: pats, fail: make([]int32, n), edgeFrom: make([]int32, n+1),
		edgeKey: make([]byte, len(edges)), edgeTo: make([]int32, len(edges))}
	for i, e := range edges {
		a.edgeKey[i], a.edgeTo[i] = byte(e>>32), int32(uint32(e))
		a.edgeFrom[e>>40+1] = int32(i + 1)
	}
	for s := 1; s <= n; s++ { // states without edges start where the previous ended
		a.edgeFrom[s] = max(a.edgeFrom[s], a.edgeFrom[s-1])
	}
	// Breadth-first: failure links, and each state's outputs followed by
	// those of its failure state.
	out := make([][]int32, n)
	queue := make([]int32, 0, n)
	for i := a.edgeFrom[0]; i < a.edgeFrom[1]; i++ {
		a.root[a.edgeKey[i]] = a.edgeTo[i]
		queue = append(queue, a.edgeTo[i])
		out[a.edgeTo[i]] = own[a.edgeTo[i]]
	}
	for qi := 0; qi < len(queue); qi++ {
		s := queue[qi]
		for i := a.edgeFrom[s]; i < a.edgeFrom[s+1]; i++ {
			c, nx := a.edgeKey[i], a.edgeTo[i]
			f := a.fail[s]
			for {
				if t, ok := child[key(f, c)]; ok && t != nx {
					a.fail[nx] = t
					break
				}
				if f == 0 {
					break
				}
				f = a.fail[f]
			}
			if fo := out[a.fail[nx]]; len(fo) > 0 {
				out[nx] = append(append(make([]int32, 0, len(own[nx])+len(fo)), own[nx]...), fo...)
			} else {
				out[nx] = own[nx]
			}
			queue = append(queue, nx)
		}
	}
	a.outFrom = make([]int32, n+1)
	for s := range n {
		a.outFrom[s] = int32(len(a.out))
		a.out = append(a.out, out[s]...)
	}
	a.outFrom[n] = int32(len(a.out))
	return a
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
