package rangevaluecopy_test

import (
	"slices"
	"testing"

	rangevaluecopy "fieldguide.dev/examples/pitfalls/range-value-copy"
)

type task = rangevaluecopy.Task

// region test

func TestMarkDoneChangesTheCallersTasks(t *testing.T) {
	tasks := []task{{ID: 1}, {ID: 2}, {ID: 3}}
	marked := rangevaluecopy.MarkDone(tasks, map[int]bool{1: true, 3: true})
	want := []task{{ID: 1, Done: true}, {ID: 2}, {ID: 3, Done: true}}
	if marked != 2 || !slices.Equal(tasks, want) {
		t.Errorf("MarkDone marked %d, tasks = %+v; want 2 and %+v", marked, tasks, want)
	}
}

// endregion test

func TestMarkDoneCountsOnlyTasksItChanged(t *testing.T) {
	tasks := []task{{ID: 1, Done: true}, {ID: 2}, {ID: 2}, {ID: 4}}
	marked := rangevaluecopy.MarkDone(tasks, map[int]bool{1: true, 2: true, 9: true})
	want := []task{{ID: 1, Done: true}, {ID: 2, Done: true}, {ID: 2, Done: true}, {ID: 4}}
	if marked != 2 || !slices.Equal(tasks, want) {
		t.Errorf("MarkDone marked %d, tasks = %+v; want 2 and %+v", marked, tasks, want)
	}
	if again := rangevaluecopy.MarkDone(tasks, map[int]bool{2: true}); again != 0 {
		t.Errorf("a second MarkDone marked %d, want 0", again)
	}
}

func TestMarkDoneWithNothingToDo(t *testing.T) {
	if n := rangevaluecopy.MarkDone(nil, map[int]bool{1: true}); n != 0 {
		t.Errorf("MarkDone(nil) = %d, want 0", n)
	}
	tasks := []task{{ID: 1}}
	if n := rangevaluecopy.MarkDone(tasks, nil); n != 0 || tasks[0].Done {
		t.Errorf("MarkDone with nil ids = %d, tasks = %+v; want 0 and unchanged", n, tasks)
	}
}

func TestMarkDoneOnASubSliceChangesTheSharedArray(t *testing.T) {
	all := []task{{ID: 1}, {ID: 2}, {ID: 3}}
	if n := rangevaluecopy.MarkDone(all[1:], map[int]bool{1: true, 2: true}); n != 1 || all[0].Done || !all[1].Done || all[2].Done {
		t.Errorf("tasks = %+v; want only ID 2 marked", all)
	}
}
