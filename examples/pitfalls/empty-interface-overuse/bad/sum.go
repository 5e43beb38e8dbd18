//go:build bad

// Package bad takes interface{} and sorts the types out at run time.
package bad

// region sum

// Sum adds up vals.
//
// BUG: interface{} accepts anything, so the compiler cannot check callers.
// The type switch handles the types its author thought of; an int64, a
// float32 or a defined type falls through to default and is silently
// skipped.
func Sum(vals ...interface{}) float64 { // [!code highlight]
	var total float64
	for _, v := range vals {
		switch n := v.(type) {
		case int:
			total += float64(n)
		case float64:
			total += n
		default:
			// unsupported type: ignored
		}
	}
	return total
}

// endregion sum
