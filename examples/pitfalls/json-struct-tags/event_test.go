package jsonstructtags_test

import (
	"strings"
	"testing"
	"time"

	jsonstructtags "fieldguide.dev/examples/pitfalls/json-struct-tags"
)

// region test-tags

func TestEncodeLeavesOutAnUnsetTime(t *testing.T) {
	got, err := jsonstructtags.Encode(jsonstructtags.Event{Name: "deploy"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"deploy"}`; string(got) != want {
		t.Errorf("Encode = %s, want %s", got, want)
	}
}

// endregion test-tags

// region test-decode

func TestDecodeRejectsAMisspeltField(t *testing.T) {
	_, err := jsonstructtags.Decode([]byte(`{"name":"deploy","t":"2026-12-07T10:00:00Z"}`))
	if err == nil {
		t.Error(`Decode accepted "t", which is no field of Event`)
	}
}

// endregion test-decode

func TestEncodeWritesASetTime(t *testing.T) {
	at := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	got, err := jsonstructtags.Encode(jsonstructtags.Event{Name: "deploy", At: at})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"deploy","at":"2026-12-07T10:00:00Z"}`; string(got) != want {
		t.Errorf("Encode = %s, want %s", got, want)
	}
	// The zero instant in another location is still zero: IsZero decides.
	got, err = jsonstructtags.Encode(jsonstructtags.Event{Name: "x", At: time.Time{}.In(time.FixedZone("UTC+1", 3600))})
	if err != nil || string(got) != `{"name":"x"}` {
		t.Errorf("Encode(zero time in a zone) = %s, %v; want {\"name\":\"x\"}", got, err)
	}
}

func TestEncodeThenDecodeGivesTheSameEvent(t *testing.T) {
	for _, e := range []jsonstructtags.Event{
		{Name: "deploy"},
		{Name: "deploy", At: time.Date(2026, 12, 7, 10, 0, 0, 123, time.FixedZone("CET", 3600))},
	} {
		data, err := jsonstructtags.Encode(e)
		if err != nil {
			t.Fatal(err)
		}
		got, err := jsonstructtags.Decode(data)
		if err != nil || got.Name != e.Name || !got.At.Equal(e.At) {
			t.Errorf("Decode(Encode(%v)) = %v, %v", e, got, err)
		}
	}
}

func TestDecodeRejectsWhatIsNotOneNamedEvent(t *testing.T) {
	for _, tc := range []struct{ name, in, wantErr string }{
		{"empty input", ``, ": EOF"},
		{"only whitespace", " \n\t", ": EOF"},
		{"a trailing bracket", `{"name":"a"}]`, "data after the event"},
		{"null", `null`, "no name"},
		{"an empty object", `{}`, "no name"},
		{"an unknown field", `{"name":"deploy","t":1}`, `unknown field "t"`},
		{"a second event", `{"name":"a"} {"name":"b"}`, "data after the event"},
		{"trailing garbage", `{"name":"a"} x`, "data after the event"},
		{"a truncated object", `{"name":"a"`, "unexpected EOF"},
		{"a wrong type", `{"name":1}`, "cannot unmarshal number"},
		{"a bad time", `{"name":"a","at":"yesterday"}`, "cannot parse"},
	} {
		_, err := jsonstructtags.Decode([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("%s: Decode error = %v, want one containing %q", tc.name, err, tc.wantErr)
		}
	}
}

// encoding/json has no option to match keys exactly or to reject duplicate
// keys, so Decode still accepts these.
func TestDecodeStillMatchesKeysIgnoringCase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"NAME":"deploy"}`, "deploy"},
		{`{"name":"a","NAME":"b"}`, "b"},
		{`{"name":"a","name":"b"}`, "b"},
	} {
		got, err := jsonstructtags.Decode([]byte(tc.in))
		if err != nil || got.Name != tc.want {
			t.Errorf("Decode(%s) = %q, %v; want %q, nil", tc.in, got.Name, err, tc.want)
		}
	}
}

func TestDecodeAcceptsSpaceAroundTheEvent(t *testing.T) {
	got, err := jsonstructtags.Decode([]byte(" \n{\"name\":\"deploy\"}\n "))
	if err != nil || got.Name != "deploy" || !got.At.IsZero() {
		t.Errorf("Decode = %v, %v; want deploy with no time", got, err)
	}
}
