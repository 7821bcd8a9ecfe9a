package org.pathway.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One employee's protected characteristics as stored, apart from their record (special category data). */
@Entity
@Table(name = "employee_characteristics")
class CharacteristicsEntity {

    @Id
    @Column(name = "employee_id")
    private String employeeId;
    private String sex;
    @Column(name = "age_band")
    private String ageBand;
    @Column(name = "ethnic_group")
    private String ethnicGroup;
    private String disability;
    private String religion;
    @Column(name = "sexual_orientation")
    private String sexualOrientation;

    protected CharacteristicsEntity() {
    }

    static CharacteristicsEntity of(String employeeId, Characteristics values) {
        CharacteristicsEntity entity = new CharacteristicsEntity();
        entity.employeeId = employeeId;
        entity.sex = values.sex();
        entity.ageBand = values.ageBand();
        entity.ethnicGroup = values.ethnicGroup();
        entity.disability = values.disability();
        entity.religion = values.religion();
        entity.sexualOrientation = values.sexualOrientation();
        return entity;
    }

    String getEmployeeId() {
        return employeeId;
    }

    Characteristics toCharacteristics() {
        return new Characteristics(sex, ageBand, ethnicGroup, disability, religion, sexualOrientation);
    }
}
