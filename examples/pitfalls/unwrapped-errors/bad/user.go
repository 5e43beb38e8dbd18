//go:build bad

// Package bad loses error context in the two usual ways.
package bad

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

// LoadUser reads user id from dir.
//
// BUG: %v turns the cause into text, so errors.Is(err, fs.ErrNotExist) is
// false; and the bare return err hands back "unexpected end of JSON input"
// with no hint of which user or file.
func LoadUser(dir string, id int) (*User, error) {
	data, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%d.json", id)))
	if err != nil {
		return nil, fmt.Errorf("load user %d: %v", id, err) // [!code highlight]
	}
	var u User
	if err := json.Unmarshal(data, &u); err != nil {
		return nil, err // [!code highlight]
	}
	return &u, nil
}

// endregion load
