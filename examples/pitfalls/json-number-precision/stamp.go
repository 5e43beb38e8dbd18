// Package stamp adds a field to JSON events it does not otherwise know,
// without changing any number in them.
package stamp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// region stamp

// Stamp returns the JSON object in with a "received_at" field set to at.
func Stamp(in []byte, at time.Time) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(in))
	dec.UseNumber() // numbers stay as their text, not float64 // [!code highlight]
	var event map[string]any
	if err := dec.Decode(&event); err != nil {
		return nil, fmt.Errorf("decode event: %w", err)
	}
	if event == nil {
		return nil, errors.New("decode event: null is not an object")
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("decode event: data after the object")
	}
	event["received_at"] = at.UTC().Format(time.RFC3339Nano)
	return json.Marshal(event)
}

// endregion stamp
