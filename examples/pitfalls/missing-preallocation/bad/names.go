//go:build bad

// Package bad grows its result slice one append at a time, although the
// final length is known.
package bad

// User is a record with a name.
type User struct {
	ID   int
	Name string
}

// region bad

// Names returns the name of every user.
func Names(users []User) []string {
	var names []string // grows by reallocation as it fills // [!code highlight]
	for _, u := range users {
		names = append(names, u.Name)
	}
	return names
}

// endregion bad
