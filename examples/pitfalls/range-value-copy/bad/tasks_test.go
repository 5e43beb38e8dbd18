//go:build bad

package bad_test

import (
	"slices"
	"testing"

	"fieldguide.dev/examples/pitfalls/range-value-copy/bad"
)

type task = bad.Task

// region test

func TestMarkDoneChangesTheCallersTasks(t *testing.T) {
	tasks := []task{{ID: 1}, {ID: 2}, {ID: 3}}
	marked := bad.MarkDone(tasks, map[int]bool{1: true, 3: true})
	want := []task{{ID: 1, Done: true}, {ID: 2}, {ID: 3, Done: true}}
	if marked != 2 || !slices.Equal(tasks, want) { // [!code highlight]
		t.Errorf("MarkDone marked %d, tasks = %+v; want 2 and %+v", marked, tasks, want)
	}
}

// endregion test
