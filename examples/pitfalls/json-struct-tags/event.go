// Package jsonstructtags encodes an event without empty fields and decodes
// one strictly.
package jsonstructtags

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// region tags

// Event is a record of something that happened. At is omitted while it is
// the zero time.
type Event struct {
	Name string    `json:"name"`
	At   time.Time `json:"at,omitzero"` // [!code highlight]
}

// endregion tags

// Encode returns e as JSON.
func Encode(e Event) ([]byte, error) {
	return json.Marshal(e)
}

var errMissingName = errors.New("decoding event: no name")

// region decode

// Decode reads one event from data. It rejects unknown fields, data after
// the event, and an event without a name (which also rejects null and {}).
// It still matches keys ignoring case and takes the last of duplicate keys:
// encoding/json has no option to refuse either.
func Decode(data []byte) (Event, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields() // [!code highlight]
	var e Event
	if err := dec.Decode(&e); err != nil {
		return Event{}, fmt.Errorf("decoding event: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) { // [!code highlight]
		return Event{}, errors.New("decoding event: data after the event")
	}
	if e.Name == "" {
		return Event{}, errMissingName
	}
	return e, nil
}

// endregion decode
