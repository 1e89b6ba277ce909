package bindings

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// progressDisplay draws progress messages on a terminal as the docker CLI
// does: one line per layer ID, rewritten in place as it advances; other
// messages (build output, statuses without ID) are printed as they come.
type progressDisplay struct {
	w     io.Writer
	title string
	lines map[string]int // line of each ID, counted from the first
	n     int            // lines written since the first ID
}

// progress returns the function that draws the messages of an operation
// on the runtime's progress terminal, or nil when there is none.
func progress(c *Call, title string) func(json.RawMessage) {
	if c == nil || c.Env == nil || c.Env.Progress == nil {
		return nil
	}
	d := &progressDisplay{w: c.Env.Progress, title: title, lines: map[string]int{}}
	return d.show
}

// show draws one message.
func (d *progressDisplay) show(raw json.RawMessage) {
	var m struct {
		ID       string `json:"id"`
		Status   string `json:"status"`
		Progress string `json:"progress"`
		Stream   string `json:"stream"`
		Error    string `json:"error"`
	}
	if json.Unmarshal(raw, &m) != nil {
		return
	}
	if d.title != "" {
		fmt.Fprintf(d.w, "%s\n", d.title)
		d.title = ""
	}
	switch {
	case m.Error != "":
		fmt.Fprintf(d.w, "%s\n", m.Error)
		d.reset()
	case m.Stream != "":
		fmt.Fprint(d.w, m.Stream)
		d.reset()
	case m.ID == "":
		if m.Status != "" {
			fmt.Fprintf(d.w, "%s\n", m.Status)
			d.reset()
		}
	default:
		text := strings.TrimSpace(m.ID + ": " + m.Status + " " + m.Progress)
		line, seen := d.lines[m.ID]
		if !seen {
			d.lines[m.ID] = d.n
			d.n++
			fmt.Fprintf(d.w, "%s\n", text)
			return
		}
		// up to the layer's line, rewrite it, back down
		up := d.n - line
		fmt.Fprintf(d.w, "\x1b[%dA\r\x1b[2K%s\r\x1b[%dB", up, text, up)
	}
}

// reset forgets the layer lines: text printed below them moved the
// cursor in ways that are not counted.
func (d *progressDisplay) reset() {
	clear(d.lines)
	d.n = 0
}
