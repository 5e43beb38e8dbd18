//go:build bad

package bad_test

import (
	"slices"
	"testing"

	"fieldguide.dev/examples/pitfalls/append-aliasing/bad"
)

type node = bad.Node

func leaf(name string) *node { return &node{Name: name} }

// region test

func TestLeafPathsKeepsEveryPath(t *testing.T) {
	// Three levels deep, the prefix has spare capacity, so siblings x and
	// y append into one array.
	root := &node{Name: "root", Children: []*node{
		{Name: "a", Children: []*node{
			{Name: "b", Children: []*node{leaf("x"), leaf("y")}},
		}},
	}}
	got := bad.LeafPaths(root) // [!code highlight]
	want := [][]string{{"root", "a", "b", "x"}, {"root", "a", "b", "y"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("LeafPaths = %q, want %q", got, want)
	}
}

func TestFirstLineSharesNothingWithTheInput(t *testing.T) {
	data := append([]byte("GET / HTTP/1.1\r\n"), make([]byte, 1<<20)...)
	line := bad.FirstLine(data) // [!code highlight]
	data[0] = 'X'
	if string(line) != "GET / HTTP/1.1" {
		t.Errorf("FirstLine = %q after the input changed: the line points into the input's array", line)
	}
	line = append(line, '!')
	if data[14] != '\r' {
		t.Errorf("appending to %q changed the input: %q", line, data[:16])
	}
}

// endregion test
