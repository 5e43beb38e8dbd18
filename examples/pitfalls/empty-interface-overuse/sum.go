//go:build go1.18

// Package emptyinterfaceoveruse shows a type parameter with a constraint
// where code used to take interface{}: the compiler checks every call, and
// no value is silently ignored.
package emptyinterfaceoveruse

// region sum

// Number is every type Sum accepts; ~ admits defined types such as
// type Celsius float64.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

// Sum adds up vals. Passing a string is a compile error, not a value
// skipped at run time.
func Sum[T Number](vals ...T) T { // [!code highlight]
	var total T
	for _, v := range vals {
		total += v
	}
	return total
}

// endregion sum
