// Package appendaliasing keeps results that share no backing array with
// the slices they were built from.
package appendaliasing

import (
	"bytes"
	"slices"
)

// Node is a node of a tree of names.
type Node struct {
	Name     string
	Children []*Node
}

// region paths

// LeafPaths returns the names on the way from root to each leaf, in
// depth-first order. It returns nil for a nil root.
func LeafPaths(root *Node) [][]string {
	var out [][]string
	var walk func(n *Node, prefix []string)
	walk = func(n *Node, prefix []string) {
		// Siblings append to the same prefix, so this path may share its
		// backing array with the next sibling's: fine while walking, wrong
		// to keep.
		path := append(prefix, n.Name)
		if len(n.Children) == 0 {
			out = append(out, slices.Clone(path)) // [!code highlight]
			return
		}
		for _, c := range n.Children {
			walk(c, path)
		}
	}
	if root != nil {
		walk(root, nil)
	}
	return out
}

// endregion paths

// region head

// FirstLine returns the first line of data without its line ending. The
// result is a copy: it does not keep data's array alive, and appending to
// it cannot write into data.
func FirstLine(data []byte) []byte {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	return bytes.Clone(bytes.TrimSuffix(line, []byte("\r"))) // [!code highlight]
}

// endregion head
