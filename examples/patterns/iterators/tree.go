// Package iterators shows range-over-func iterators (Go 1.23): a tree that
// hands out its keys in order, and an adapter that filters any sequence.
package iterators

import (
	"cmp"
	"iter"
)

// region tree

// Tree is an unbalanced binary search tree of distinct keys; the zero
// value is an empty tree. Inserting keys in sorted order turns it into a
// list: Insert then takes O(n) time and All recurses n calls deep.
//
// A Tree is not safe for concurrent use: Insert must not run at the same
// time as any other method or iteration, but several goroutines may iterate
// at once. Keys inserted by the loop body during an iteration may or may
// not be visited.
type Tree[K cmp.Ordered] struct {
	root *node[K]
	size int
}

type node[K cmp.Ordered] struct {
	key         K
	left, right *node[K]
}

// Insert adds k to t, and reports whether it was not there before.
func (t *Tree[K]) Insert(k K) bool {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node[K]{key: k}
	t.size++
	return true
}

// Len returns the number of keys in t.
func (t *Tree[K]) Len() int { return t.size }

// All returns an iterator over the keys of t in ascending order.
func (t *Tree[K]) All() iter.Seq[K] {
	return func(yield func(K) bool) {
		t.root.walk(yield)
	}
}

// walk calls yield for each key in order and reports whether to go on:
// once yield returns false, it must not be called again.
func (n *node[K]) walk(yield func(K) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key) && n.right.walk(yield)
}

// endregion tree

// region filter

// Filter returns the values of seq for which keep returns true. It runs
// seq only when the result is ranged over, and stops seq when the loop
// over the result stops.
func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// endregion filter
