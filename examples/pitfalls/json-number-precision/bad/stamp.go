//go:build bad

// Package bad shows the mistake: decoding into map[string]any turns every
// number into a float64, which cannot hold integers above 2^53 exactly.
package bad

import (
	"encoding/json"
	"fmt"
	"time"
)

// region stamp

// Stamp returns the JSON object in with a "received_at" field set to at.
func Stamp(in []byte, at time.Time) ([]byte, error) {
	var event map[string]any
	if err := json.Unmarshal(in, &event); err != nil { // [!code highlight]
		return nil, fmt.Errorf("decode event: %w", err)
	}
	event["received_at"] = at.UTC().Format(time.RFC3339Nano)
	return json.Marshal(event)
}

// endregion stamp
