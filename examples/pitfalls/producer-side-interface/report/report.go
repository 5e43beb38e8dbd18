//go:build go1.21

// Package report is a consumer of the database package.
package report

import (
	"fmt"
	"io"

	db "fieldguide.dev/examples/pitfalls/producer-side-interface"
)

// region consumer

// userLister is declared by the consumer, with the one method it calls.
// It can stay unexported: nobody else needs to name it.
type userLister interface {
	ListUsers() ([]*db.User, error) // [!code highlight]
}

// Write writes one line per user to w.
func Write(w io.Writer, users userLister) error {
	list, err := users.ListUsers()
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	for _, u := range list {
		if _, err := fmt.Fprintf(w, "%d\t%s\n", u.ID, u.Name); err != nil {
			return err
		}
	}
	return nil
}

// endregion consumer
