//go:build bad

// Package bad relies on omitempty for a struct field and on the default
// decoder, which ignores unknown fields.
package bad

import (
	"encoding/json"
	"time"
)

// region tags

// Event is a record of something that happened.
//
// BUG: omitempty never omits a struct, and time.Time is a struct: an unset
// At is written as "0001-01-01T00:00:00Z".
type Event struct {
	Name string    `json:"name"`
	At   time.Time `json:"at,omitempty"` // [!code highlight]
}

// endregion tags

// Encode returns e as JSON.
func Encode(e Event) ([]byte, error) {
	return json.Marshal(e)
}

// region decode

// Decode reads one event from data.
//
// BUG: json.Unmarshal ignores keys that match no field, so a misspelt or
// renamed key is dropped without an error.
func Decode(data []byte) (Event, error) {
	var e Event
	err := json.Unmarshal(data, &e) // [!code highlight]
	return e, err
}

// endregion decode
