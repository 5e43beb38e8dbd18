//go:build go1.16

// Package unwrappederrors shows an error returned with the context of the
// call that failed, wrapped with %w so the cause stays inspectable.
package unwrappederrors

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// User is stored as one JSON file per ID.
type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// region load

// LoadUser reads user id from dir. Each error says which user and which
// step, and wraps the cause with %w.
func LoadUser(dir string, id int) (*User, error) {
	data, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%d.json", id)))
	if err != nil {
		return nil, fmt.Errorf("load user %d: %w", id, err) // [!code highlight]
	}
	var u User
	if err := json.Unmarshal(data, &u); err != nil {
		return nil, fmt.Errorf("load user %d: decode: %w", id, err) // [!code highlight]
	}
	return &u, nil
}

// endregion load
