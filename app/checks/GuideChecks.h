#pragma once

class FindingCollector;

// The guide's own requirements, one finding each when a setting differs from what the guide says
// (warnings, unless Alma would not work): the boxes of section 1, Locate By Fields, the desk's
// Check In, Check Out and Reshelve, the locations' fulfillment unit and blank fields, the job's
// schedule, the workflow profiles' steps, InList conditions with no values, and a sending rule
// with no input.
namespace GuideChecks {
void check(FindingCollector& findings);
} // namespace GuideChecks
