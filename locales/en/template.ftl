# The blank answer file (template).

template-schema = (create the schema with: { $command })
template-title = wen-assess answer file: { $title } ({ $id } { $version })
template-help =
    For each criterion set `level:` to 0-4, or to `na` and add `reason:` saying why it
    does not apply. Leave `~` for criteria not answered yet: they are left out of the
    scores and lower the coverage. `note:` and `evidence:` are optional.
    Then run: wen-assess score FILE   or   wen-assess report FILE
template-scale = Scale
template-targets = Per-area targets; the guideline's default is { $target } for every area.
template-participants =
    Workshops: who took part, one entry per person, for example
      - name: "A. Focal"
        agency: "Customs"
        country: "Atlantis"
template-findings =
    Workshops: what was agreed about an area, for example
      finance:
        strengths: "..."
        challenges: "..."
        priorities: "..."
template-scope-member =
    These answers speak for { $country } about itself (`scope: member`): only the criteria a
    member state answers are listed, in its words. The network's own file answers the others.
template-scope-network =
    These answers speak for the network as a whole (`scope: network`): every criterion, those
    about what each member state does as the network's own estimate across its members.
