//go:build bad

// Package bad keeps slices that share a backing array with the slices they
// were built from.
package bad

import "bytes"

// Node is a node of a tree of names.
type Node struct {
	Name     string
	Children []*Node
}

// region paths

// LeafPaths returns the names on the way from root to each leaf, in
// depth-first order.
//
// BUG: path may have spare capacity, and then the next sibling's append
// writes its name into the same array: an earlier result changes after it
// was stored.
func LeafPaths(root *Node) [][]string {
	var out [][]string
	var walk func(n *Node, prefix []string)
	walk = func(n *Node, prefix []string) {
		path := append(prefix, n.Name) // [!code highlight]
		if len(n.Children) == 0 {
			out = append(out, path) // [!code highlight]
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

// FirstLine returns the first line of data without its line ending.
//
// BUG: the result is a window on data's array. It keeps the whole array
// alive, and appending to it overwrites the bytes that follow the line.
func FirstLine(data []byte) []byte {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	return bytes.TrimSuffix(line, []byte("\r")) // [!code highlight]
}

// endregion head
