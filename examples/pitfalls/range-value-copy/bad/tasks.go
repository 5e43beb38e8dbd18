//go:build bad

// Package bad changes the copy a range loop hands out.
package bad

// Task is a unit of work.
type Task struct {
	ID   int
	Done bool
}

// region mark

// MarkDone sets Done on every task whose ID is in ids, and returns how many
// it marked.
//
// BUG: t is a copy of the element, so setting t.Done changes the copy; the
// count says the tasks were marked while the slice is unchanged.
func MarkDone(tasks []Task, ids map[int]bool) int {
	marked := 0
	for _, t := range tasks {
		if ids[t.ID] && !t.Done {
			t.Done = true // [!code highlight]
			marked++
		}
	}
	return marked
}

// endregion mark
