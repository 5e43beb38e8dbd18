// Package rangevaluecopy changes slice elements through their index, not
// through the copy a range loop hands out.
package rangevaluecopy

// Task is a unit of work.
type Task struct {
	ID   int
	Done bool
}

// region mark

// MarkDone sets Done, in place, on every task in tasks whose ID is in ids,
// and returns how many it changed.
func MarkDone(tasks []Task, ids map[int]bool) int {
	marked := 0
	for i := range tasks {
		if ids[tasks[i].ID] && !tasks[i].Done {
			tasks[i].Done = true // [!code highlight]
			marked++
		}
	}
	return marked
}

// endregion mark
