package appendaliasing_test

import (
	"fmt"
	"slices"
	"testing"

	appendaliasing "fieldguide.dev/examples/pitfalls/append-aliasing"
)

// Both functions are pure: no context, no shared state and no goroutines,
// so cancellation, concurrent callers and leaks cannot reach them.

type node = appendaliasing.Node

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
	got := appendaliasing.LeafPaths(root)
	want := [][]string{{"root", "a", "b", "x"}, {"root", "a", "b", "y"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("LeafPaths = %q, want %q", got, want)
	}
}

func TestFirstLineSharesNothingWithTheInput(t *testing.T) {
	data := append([]byte("GET / HTTP/1.1\r\n"), make([]byte, 1<<20)...)
	line := appendaliasing.FirstLine(data)
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

func TestLeafPathsOfEmptyAndSmallTrees(t *testing.T) {
	if got := appendaliasing.LeafPaths(nil); got != nil {
		t.Errorf("LeafPaths(nil) = %q, want nil", got)
	}
	got := appendaliasing.LeafPaths(leaf("only"))
	if want := [][]string{{"only"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("LeafPaths(one node) = %q, want %q", got, want)
	}
}

func TestLeafPathsResultsAreIndependent(t *testing.T) {
	// Two leaves with the same name: a shared array would still give the
	// right strings, so only a write through one path can show it.
	root := &node{Name: "r", Children: []*node{
		{Name: "a", Children: []*node{
			{Name: "b", Children: []*node{leaf("x"), leaf("x")}},
		}},
		leaf("c"),
	}}
	want := [][]string{{"r", "a", "b", "x"}, {"r", "a", "b", "x"}, {"r", "c"}}
	for i := range want {
		got := appendaliasing.LeafPaths(root)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("LeafPaths = %q, want %q", got, want)
		}
		// A caller that edits or extends path i must not change any other.
		got[i][len(got[i])-1] = "edited"
		got[i] = append(got[i], "extra")
		for j := range want {
			if j != i && !slices.Equal(got[j], want[j]) {
				t.Errorf("changing path %d changed path %d to %q", i, j, got[j])
			}
		}
	}
}

func TestLeafPathsAtEveryDepth(t *testing.T) {
	// Whether a prefix has spare capacity depends on its length, so the
	// bug shows at some depths only: try each.
	for depth := 1; depth <= 10; depth++ {
		parent := &node{Name: "n0"}
		root := parent
		var want [][]string
		var prefix []string
		for i := 1; i < depth; i++ {
			prefix = append(prefix, parent.Name)
			child := &node{Name: fmt.Sprintf("n%d", i)}
			parent.Children = []*node{child}
			parent = child
		}
		prefix = append(prefix, parent.Name)
		parent.Children = []*node{leaf("x"), leaf("y")}
		want = append(want, append(slices.Clone(prefix), "x"), append(slices.Clone(prefix), "y"))
		if got := appendaliasing.LeafPaths(root); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("leaves %d levels below the root: LeafPaths = %q, want %q", depth, got, want)
		}
	}
}

func TestFirstLineEdgeCases(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		want string
	}{
		{"nil", nil, ""},
		{"empty", []byte{}, ""},
		{"no line ending", []byte("one"), "one"},
		{"an empty first line", []byte("\nnext"), ""},
		{"CRLF", []byte("one\r\ntwo"), "one"},
		{"a lone CR is kept inside the line", []byte("a\rb\nc"), "a\rb"},
	} {
		if got := appendaliasing.FirstLine(tc.in); string(got) != tc.want {
			t.Errorf("%s: FirstLine = %q, want %q", tc.name, got, tc.want)
		}
	}
}
